import type { OrderSource } from '@xinglin/contracts';
import type { Db, Tx } from '../../db/client';
import type { PaymentsIntegration } from '../../integrations/payments';
import type { AuditService } from '../audit/service';
import type { NotificationsService } from '../notifications';

export interface PaymentsDeps {
  db: Db;
  audit: AuditService;
  notifications: Pick<NotificationsService, 'enqueue'>;
  channels: PaymentsIntegration;
  now: () => Date;
  /** Public base URL the channels post notifications to. */
  notifyBaseUrl: string;
  /** A paying order unheard of for this long is queried at the channel. */
  queryAfterSeconds: number;
  /**
   * Per source, what a paid order delivers, in the payment's transaction (a booking: held → confirmed). False means
   * it can no longer be delivered and the money goes back. Sources without one are simply paid.
   */
  confirmers?: Partial<Record<OrderSource, Confirmer>>;
}

export type Confirmer = (tx: Tx, sourceId: string) => Promise<boolean>;

/** Test seams, off unless a test turns them on. */
export interface PaymentsTestHooks {
  /** Throw this many times right after a notification's transaction commits, before the reply (a crash). */
  failAfterCommit: number;
}

export interface PaymentsContext extends PaymentsDeps {
  hooks: PaymentsTestHooks;
  /** A system-side audit row (notifications, jobs), in the caller's transaction. */
  auditSystem(tx: Tx, e: { patientId?: string | null; objectType: string; objectId?: string | null; action: string; outcome: 'success' | 'denied' | 'failure'; ip?: string; requestId?: string; purpose?: string }): Promise<void>;
}

export function paymentsContext(deps: PaymentsDeps): PaymentsContext {
  return {
    ...deps,
    hooks: { failAfterCommit: 0 },
    async auditSystem(tx, e) {
      await deps.audit.record(tx, { actor: { kind: e.outcome === 'denied' ? 'anonymous' : 'system', id: null, role: null }, ...e });
    },
  };
}
