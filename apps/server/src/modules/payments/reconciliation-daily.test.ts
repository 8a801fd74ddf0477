import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createAuditService } from '../audit/service';
import { buildTestApp } from '../../../test/helper';
import type { PaymentsIntegration } from '../../integrations/payments';
import { count } from './test-support';
import { createReconciliationService } from './reconciliation-service';

describe('the daily reconciliation job', async () => {
  const t = await buildTestApp();
  const channels = t.integrations.payments;
  const audit = createAuditService({ db: t.database.db });
  // A day long ago, so that no other test's payments are in it.
  const now = new Date('2026-01-03T00:00:00Z');
  const audited = (channel: string) => count(t, sql`select count(*) as n from audit_log where object_type = 'reconciliation' and actor_kind = 'system' and purpose = ${`${channel} 2026-01-02: 0 differences`}`);

  it('reconciles every configured channel and returns the differences of all', async () => {
    const [w, a] = [await audited('wechat'), await audited('alipay')];
    expect(await createReconciliationService({ db: t.database.db, audit, channels }).daily(now)).toBe(0);
    expect([await audited('wechat'), await audited('alipay')]).toEqual([w + 1, a + 1]);
  });

  it('still reconciles the other channels when one bill cannot be had, then fails naming that channel', async () => {
    const broken: PaymentsIntegration = { ...channels, alipay: { ...channels.alipay!, client: { ...channels.alipay!.client, tradeBill: () => Promise.reject(new Error('gateway down')) } } };
    const w = await audited('wechat');
    await expect(createReconciliationService({ db: t.database.db, audit, channels: broken }).daily(now)).rejects.toThrow(/of 2026-01-02 failed for alipay: .*trade bill cannot be downloaded/);
    expect(await audited('wechat')).toBe(w + 1);
  });
});
