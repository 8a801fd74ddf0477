import type { Db, Tx } from '../../db/client';
import { AppError } from '../../errors';
import type { AuditService } from '../audit/service';
import type { CatalogService } from '../catalog/service';
import type { NotificationsService } from '../notifications';
import type { PatientsService } from '../patients';
import type { Caller } from '../patients/service';
import type { RecordsService } from '../records';
import type { ScheduleService } from '../schedule/service';
import { DEFAULT_BOOKING_RULES, type BookingRules } from './domain';
import * as repo from './repository';

export interface BookingDeps {
  db: Db;
  audit: AuditService;
  patients: PatientsService;
  schedule: ScheduleService;
  catalog: CatalogService;
  records: RecordsService;
  notifications: Pick<NotificationsService, 'enqueue' | 'cancel'>;
  /** The account registered with a phone (auth context), for naming a transfer's recipient. */
  accountIdByPhone(tx: Tx, phone: string): Promise<string | null>;
  rules?: Partial<BookingRules>;
  now: () => Date;
}

/** What the booking's parts (core, waitlist, transfer, no-shows, staff) share. */
export interface BookingContext {
  deps: BookingDeps;
  rules: BookingRules;
  now: () => Date;
  audit(tx: Tx, caller: Pick<Caller, 'accountId' | 'ip' | 'requestId'>, patientId: string, objectId: string, action: string): Promise<void>;
  requireNotSuspended(tx: Tx, patientId: string): Promise<void>;
}

export function bookingContext(deps: BookingDeps): BookingContext {
  const rules = { ...DEFAULT_BOOKING_RULES, ...deps.rules };
  return {
    deps,
    rules,
    now: deps.now,
    audit: async (tx, caller, patientId, objectId, action) => {
      await deps.audit.record(tx, { actor: { kind: 'patient', id: caller.accountId, role: 'patient' }, patientId, objectType: 'booking', objectId, action, outcome: 'success', ip: caller.ip, requestId: caller.requestId });
    },
    async requireNotSuspended(tx, patientId) {
      const until = await repo.suspendedUntil(tx, patientId, deps.now());
      if (until) {
        const day = new Date(until.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
        throw new AppError('BOOKING_SUSPENDED', 403, `因多次爽约，该就诊人 ${day} 前不能预约；如有异议可提交申诉`, `After repeated no-shows this patient cannot book until ${day}; you may appeal`);
      }
    },
  };
}

