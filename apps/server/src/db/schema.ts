// Every table, for drizzle-kit and the typed client. Each context owns its tables file.
export * from '../modules/catalog/tables';
export * from '../modules/auth/tables';
export * from '../modules/audit/tables';
export * from '../modules/patients/tables';
export * from '../modules/records/tables';
export * from '../modules/schedule/tables';
export * from '../modules/booking/tables';
export * from '../modules/triage/tables';
export * from '../modules/exams/tables';
export * from '../modules/reports/tables';
export * from '../modules/notifications/tables';
export * from '../modules/queue/tables';
export * from '../modules/payments/tables';
export * from '../modules/billing/tables';
