import type { Db, Executor, Tx } from '../../db/client';
import type { AuditService } from '../audit/service';
import type { PatientsService } from '../patients';
import type { Caller } from '../patients/service';
import { isUuid } from '../../ids';
import { BOOKING_WINDOW_DAYS, bookableDates, dateProblem, eligibility, remainingOf, type Restriction } from './domain';
import { badDate, ineligible, notVerified } from './errors';

export interface ExamsDeps {
  db: Db;
  audit: AuditService;
  patients: PatientsService;
  now: () => Date;
}

export interface StaffCaller {
  staffId: string;
  ip?: string;
  requestId?: string;
}

export type { Caller };

export function auditors(deps: ExamsDeps) {
  return {
    patient: (tx: Executor, caller: Caller, patientId: string | null, objectType: string, objectId: string | null, action: string) =>
      deps.audit.record(tx, { actor: { kind: 'patient', id: caller.accountId, role: 'patient' }, patientId, objectType, objectId, action, outcome: 'success', ip: caller.ip, requestId: caller.requestId }),
    staff: (tx: Executor, caller: StaffCaller, patientId: string | null, objectType: string, objectId: string | null, action: string) =>
      deps.audit.record(tx, { actor: { kind: 'staff', id: caller.staffId, role: 'admin' }, patientId, objectType, objectId, action, outcome: 'success', ip: caller.ip, requestId: caller.requestId }),
    system: (tx: Executor, patientId: string, objectType: string, objectId: string, action: string) =>
      deps.audit.record(tx, { actor: { kind: 'system', id: null, role: null }, patientId, objectType, objectId, action, outcome: 'success' }),
  };
}

/** The checks every booking shares: the date, access to the patient (404 otherwise), L2, sex and age. */
export async function admitPatient(deps: ExamsDeps, tx: Tx, caller: Caller, patientId: string, date: string, rule: Restriction, what: { zh: string; en: string }) {
  const problem = dateProblem(date, deps.now());
  if (problem) throw badDate(problem, BOOKING_WINDOW_DAYS);
  const patient = await deps.patients.core.requireAccess(tx, caller, patientId, 'manage');
  if (patient.verificationLevel < 2) throw notVerified();
  const unfit = eligibility(rule, patient, date);
  if (unfit) throw ineligible(unfit, rule, what);
  return patient;
}

/**
 * Per-day availability for the next days, from capacity rows of any shape: a day is offered when a row of its
 * own exists (`own`), and limited by those and any shared rows (`shared`).
 */
export function daysFrom<T extends { date: string; capacity: number; booked: number }>(rows: T[], now: Date, own: (row: T) => boolean, shared: (row: T) => boolean = () => false) {
  return bookableDates(now).flatMap((date) => {
    const day = rows.filter((r) => r.date === date);
    const left = day.some(own) ? remainingOf(day.filter((r) => own(r) || shared(r))) : null;
    return left ? [{ date, ...left }] : [];
  });
}

export const uuidOrNull = (id: string) => (isUuid(id) ? id : null);

/** Runs `step` on each expired hold in its own transaction, so a sweep never holds a hot row while taking another. */
export async function sweep(deps: ExamsDeps, due: (tx: Tx) => Promise<{ id: string }[]>, step: (tx: Tx, id: string) => Promise<boolean>): Promise<number> {
  let done = 0;
  for (;;) {
    const ids = await deps.db.transaction(due);
    if (ids.length === 0) return done;
    let progressed = false;
    for (const { id } of ids) {
      if (await deps.db.transaction((tx) => step(tx, id))) {
        done++;
        progressed = true;
      }
    }
    if (!progressed) return done;
  }
}
