import type { FastifyPluginAsync } from 'fastify';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import type { PaymentsIntegration } from '../../integrations/payments';
import type { AuditService } from '../audit/service';
import type { AuthService } from '../auth/service';
import type { PatientsService } from '../patients';
import { createFeeService } from '../payments/fee-service';
import { createHisIntegration } from '../payments/his-bills-integration';
import { hisBillRoutes } from '../payments/his-bills-routes';
import { createHisBillsService } from '../payments/his-bills-service';
import { createInsuranceService } from '../payments/insurance-service';
import { createManualRefundService } from '../payments/manual-refund-service';
import { createReceiptService } from '../payments/receipt-service';
import { receiptRoutes } from '../payments/receipt-routes';
import { createReconciliationService } from '../payments/reconciliation-service';
import { createFinanceLists } from '../payments/reconciliation-lists';
import { financeRoutes } from '../payments/reconciliation-routes';

export interface BillingDeps {
  config: Config;
  db: Db;
  audit: AuditService;
  auth: AuthService;
  patients: Pick<PatientsService, 'core'>;
  channels: PaymentsIntegration;
  now: () => Date;
}

export type Billing = Awaited<ReturnType<typeof createBilling>>;

/**
 * Everything built on the payments core: receipts (电子票据), fee details, HIS outpatient bills, insurance
 * pre-settlement, reconciliation and manual refunds. Each part lives beside the core in modules/payments under its
 * own file prefix; this wires them so app.ts needs a line to create, one to route and one for the job.
 */
export async function createBilling(deps: BillingDeps) {
  const { db, audit, now } = deps;
  const his = await createHisIntegration(deps.config);
  return {
    his,
    receipts: createReceiptService({ db, audit, authSecret: deps.config.authSecret, publicBaseUrl: deps.config.payments.notifyBaseUrl, describeAccount: deps.auth.describeAccount, now }),
    fees: createFeeService({ db, audit, patients: deps.patients }),
    bills: createHisBillsService({ db, audit, patients: deps.patients, his, now }),
    insurance: createInsuranceService({ db, audit, his }),
    reconciliation: createReconciliationService({ db, audit, channels: deps.channels }),
    manualRefunds: createManualRefundService({ db, audit, now }),
    financeLists: createFinanceLists({ db, audit }),
    close: () => his.close(),
  };
}

export const billingRoutes: FastifyPluginAsync<{ billing: Billing; auth: AuthService }> = async (app, { billing, auth }) => {
  app.addHook('onClose', () => billing.close());
  await app.register(receiptRoutes, { receipts: billing.receipts, auth });
  await app.register(hisBillRoutes, { bills: billing.bills, fees: billing.fees, insurance: billing.insurance, his: billing.his, auth });
  await app.register(financeRoutes, { reconciliation: billing.reconciliation, manualRefunds: billing.manualRefunds, lists: billing.financeLists, auth });
};
