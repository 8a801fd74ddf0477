import type { Db } from '../../db/client';
import type { Integrations } from '../../integrations';
import type { Protection } from '../../security/protection';
import type { NotificationTemplates } from './domain';

export interface NotificationsDeps {
  db: Db;
  integrations: Pick<Integrations, 'wechat' | 'sms'>;
  /** Decrypts the account's phone for SMS. */
  protection: Protection;
  now: () => Date;
  /** Provider template ids; the simulators' by default. */
  templates?: Partial<NotificationTemplates>;
}

