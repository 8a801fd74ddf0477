/** Fee categories as the HIS codes them (收费项目类别), matching the server's order item categories. */
export type HisFeeCategory = 'examination' | 'laboratory' | 'medicine' | 'treatment' | 'other';

export interface HisBillItem {
  /** The HIS charge code (收费项目编码). */
  code: string;
  name: string;
  category: HisFeeCategory;
  quantity: number;
  /** Integer fen. */
  unitFen: number;
  amountFen: number;
  /** Whether medical insurance covers it (甲/乙类) and the share it pays (0–1) before the personal account. */
  insuranceClass: 'A' | 'B' | 'self';
}

/** 门诊待缴费单: one prescription/exam request of one outpatient visit. */
export interface HisBill {
  billNo: string;
  /** The outpatient visit (就诊流水号) it belongs to. */
  visitNo: string;
  /** The patient as the HIS knows them: our patient id, registered with the HIS when the card was bound. */
  patientKey: string;
  department: string;
  doctor: string;
  title: string;
  items: HisBillItem[];
  totalFen: number;
  status: 'unpaid' | 'paid' | 'cancelled';
  createdAt: string;
  paidOrderNo?: string;
}

/** 医保预结算: how a total splits between the pooled fund (统筹), the personal account (个人账户) and the patient (自付). */
export interface InsurancePresettlement {
  settlementId: string;
  totalFen: number;
  fundFen: number;
  accountFen: number;
  selfFen: number;
  /** Empty when the patient has no insurance: everything is 自付. */
  insured: boolean;
}

export class HisError extends Error {
  constructor(
    readonly code: 'NOT_FOUND' | 'CONFLICT' | 'BAD_REQUEST' | 'NETWORK' | 'INVALID_RESPONSE',
    message: string,
  ) {
    super(message);
    this.name = 'HisError';
  }
}
