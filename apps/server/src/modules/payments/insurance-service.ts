import type { InsurancePresettlement } from '@xinglin/contracts';
import { HisError } from '@xinglin/his';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { conflict, serviceUnavailable } from '../../errors';
import type { AuditService } from '../audit/service';
import { outpatientOrderBills } from '../billing/tables';
import type { Caller } from '../patients/service';
import type { HisIntegration } from './his-bills-integration';
import { ownOrder } from './pay';
import * as repo from './repository';

/**
 * 医保移动支付, pre-settlement only: the insurer's split of an unpaid order (统筹 / 个人账户 / 自付), shown before the
 * patient confirms. The split comes from the HIS's insurance interface, priced per item with its insurance class
 * (outpatient bills carry it; a registration fee is class A).
 */
export function createInsuranceService(deps: { db: Db; audit: AuditService; his: HisIntegration }) {
  return {
    async presettle(caller: Caller, orderId: string): Promise<InsurancePresettlement> {
      const { order, items } = await deps.db.transaction(async (tx) => {
        const order = await ownOrder(tx, caller, orderId);
        if (order.status !== 'pending' && order.status !== 'paying') throw conflict('ORDER_NOT_PAYABLE', '订单已支付或已关闭，无需预结算', 'This order is paid or closed; nothing to pre-settle');
        const billed = await tx.select({ items: outpatientOrderBills.items }).from(outpatientOrderBills).where(eq(outpatientOrderBills.orderId, order.id));
        const items = billed.length
          ? billed.flatMap((b) => b.items.map((i) => ({ category: i.category as never, amountFen: i.amountFen, insuranceClass: i.insuranceClass })))
          : (await repo.itemsOf(tx, [order.id])).map((i) => ({ category: i.category as never, amountFen: i.amountFen, insuranceClass: 'A' as const }));
        await deps.audit.record(tx, { actor: { kind: 'patient', id: caller.accountId, role: 'patient' }, patientId: order.patientId, objectType: 'order', objectId: order.id, action: 'insurance_presettle', outcome: 'success', ip: caller.ip, requestId: caller.requestId });
        return { order, items };
      });
      if (!deps.his.client) throw serviceUnavailable('INSURANCE_UNAVAILABLE', '医保移动支付暂不可用', 'Medical insurance payment is not available');
      try {
        const s = await deps.his.client.presettle(order.patientId, items);
        return { orderId: order.id, settlementId: s.settlementId, insured: s.insured, totalFen: s.totalFen, fundFen: s.fundFen, accountFen: s.accountFen, selfFen: s.selfFen };
      } catch (err) {
        if (err instanceof HisError) throw serviceUnavailable('INSURANCE_UNAVAILABLE', '医保预结算暂不可用，请稍后重试', 'Insurance pre-settlement is not available; try again shortly');
        throw err;
      }
    },
  };
}
