export { createPaymentsService, openOrder, type NewOrder, type PaymentsService } from './service';
export { paymentNotifyRoutes, paymentRoutes } from './routes';
export { requestRefund, endOrderOf } from './refunds';
export type { Confirmer, PaymentsDeps } from './context';
