import type { Db, Tx } from '../../db/client';
import type { AuditService } from '../audit/service';
import type { AuthService } from '../auth/service';
import type { NotificationsService } from '../notifications';
import type { PatientsService } from '../patients';

export interface QueueDeps {
  db: Db;
  audit: AuditService;
  patients: PatientsService;
  auth: AuthService;
  /** Signs the departments' check-in QR codes (a purpose-bound key is derived from it). */
  authSecret: string;
  /** Tells patients they are called or nearly up (buildApp passes the outbox; optional so the queue works without it). */
  notifications?: Pick<NotificationsService, 'enqueue'>;
  now: () => Date;
}

export type { Tx };
