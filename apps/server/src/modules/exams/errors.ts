import { AppError, conflict, notFound } from '../../errors';
import type { DateProblem, EligibilityProblem, Restriction } from './domain';

/** Every refusal of the exams context, each with its own code and a message in both languages. */
export const PACKAGE = { zh: '体检套餐', en: 'Exam package' };
export const VACCINE = { zh: '疫苗', en: 'Vaccine' };
export const EXAM_BOOKING = { zh: '体检预约', en: 'Exam booking' };
export const VACCINATION = { zh: '接种预约', en: 'Vaccination booking' };

export { notFound };

export const notVerified = () =>
  new AppError('PATIENT_NOT_VERIFIED', 422, '就诊人需完成实名认证后才能预约', 'The patient must complete real-name verification before booking');

export function badDate(problem: DateProblem, windowDays: number): AppError {
  return problem === 'past'
    ? new AppError('DATE_PAST', 422, '请选择明天及以后的日期', 'Choose a date from tomorrow on')
    : new AppError('DATE_TOO_FAR', 422, `只能预约未来 ${windowDays} 天内的日期`, `Only the next ${windowDays} days can be booked`);
}

const SEX_ZH = { male: '男性', female: '女性' } as Record<string, string>;
const SEX_EN = { male: 'men', female: 'women' } as Record<string, string>;

export function ineligible(problem: EligibilityProblem, rule: Restriction, what: { zh: string; en: string }): AppError {
  switch (problem) {
    case 'sex':
      return new AppError('SEX_RESTRICTED', 422, `该${what.zh}仅限${SEX_ZH[rule.sex]}`, `This ${what.en.toLowerCase()} is for ${SEX_EN[rule.sex]} only`);
    case 'age_unknown':
      return new AppError('AGE_UNKNOWN', 422, `该${what.zh}有年龄要求，但就诊人的出生日期未知`, `This ${what.en.toLowerCase()} has an age limit but the patient's birth date is unknown`);
    case 'too_young':
      return new AppError('AGE_TOO_YOUNG', 422, `该${what.zh}要求年满 ${rule.ageMin} 岁`, `This ${what.en.toLowerCase()} is for ages ${rule.ageMin} and over`);
    case 'too_old':
      return new AppError('AGE_TOO_OLD', 422, `该${what.zh}仅适用于 ${rule.ageMax} 岁及以下`, `This ${what.en.toLowerCase()} is for ages up to ${rule.ageMax}`);
  }
}

export const notOffered = (what: { zh: string; en: string }) =>
  conflict('DATE_NOT_OFFERED', `该${what.zh}当天不开放预约，请选择其他日期`, `This ${what.en.toLowerCase()} is not offered that day; choose another date`);
export const dayFull = () => conflict('DAY_FULL', '当天名额已约满，请选择其他日期', 'That day is fully booked; choose another date');
export const examDayTaken = () => conflict('EXAM_DAY_TAKEN', '该就诊人当天已有体检预约', 'This patient already has an exam booked that day');

export const vaccinationOpen = () =>
  conflict('VACCINATION_OPEN', '该就诊人已有这种疫苗的未完成预约，请先完成或取消', 'This patient already has an open booking for this vaccine; finish or cancel it first');
export const doseAlreadyBooked = () => conflict('DOSE_ALREADY_BOOKED', '该剂次已预约或已接种', 'This dose is already booked or given');
export const dosesComplete = (doses: number) => conflict('DOSES_COMPLETE', `该就诊人已完成全部 ${doses} 剂接种`, `This patient has had all ${doses} doses`);
export const doseTooEarly = (doseNo: number, earliestDate: string, intervalDays: number) =>
  conflict(
    'DOSE_TOO_EARLY',
    `第 ${doseNo} 剂须在上一剂 ${intervalDays} 天后接种，最早可约 ${earliestDate}`,
    `Dose ${doseNo} must be at least ${intervalDays} days after the previous one; the earliest date is ${earliestDate}`,
    { doseNo, earliestDate },
  );

export const cancelTooLate = () => conflict('CANCEL_TOO_LATE', '预约当天不能取消，请在前一天及以前取消', 'Bookings can be cancelled until the day before');
export const notActive = () => conflict('BOOKING_NOT_ACTIVE', '该预约已取消或已结束', 'This booking is already cancelled or over');

export const codeTaken = () => conflict('CODE_TAKEN', '编码已被使用', 'This code is already in use');
export const capacityBelowBooked = () => conflict('CAPACITY_BELOW_BOOKED', '名额不能少于已预约人数', 'Capacity cannot be below the places already booked');
export const notDue = () => conflict('VACCINATION_NOT_DUE', '未到预约接种日期，不能登记接种', 'The vaccination date has not come yet');
export const badAgeRange = () => new AppError('AGE_RANGE_INVALID', 422, '最小年龄不能大于最大年龄', 'The minimum age cannot be above the maximum');
