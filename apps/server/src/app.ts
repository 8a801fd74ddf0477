import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { Database } from './db/client';
import { registerErrorHandling } from './http/error-handler';
import { genReqId, loggerOptions } from './http/logging';
import { registerOpenApi } from './http/openapi';
import { registerSecurity } from './http/security';
import { inlineScriptHashes, registerStaticApps, type StaticAppDirs } from './http/static-apps';
import type { Integrations } from './integrations';
import { createProtection } from './security/protection';
import { auditRoutes } from './modules/audit/routes';
import { createAuditService } from './modules/audit/service';
import { authRoutes } from './modules/auth/routes';
import { bookingRoutes } from './modules/booking/routes';
import { createBookingService } from './modules/booking/service';
import { bookingStaffRoutes } from './modules/booking/staff-routes';
import { waitlistAdminRoutes } from './modules/booking/waitlist-admin-routes';
import { scheduleTemplateRoutes } from './modules/schedule/template-routes';
import { bookingStatsRoutes } from './modules/booking/stats-routes';
import { createExamsService } from './modules/exams';
import { examAdminRoutes } from './modules/exams/admin-routes';
import { examRoutes } from './modules/exams/routes';
import { queueRoutes } from './modules/queue/routes';
import { createQueueService } from './modules/queue/service';
import { createAuthService } from './modules/auth/service';
import { catalogRoutes } from './modules/catalog/routes';
import { createCatalogService } from './modules/catalog/service';
import { searchRoutes } from './modules/catalog/search-routes';
import { createSearchService } from './modules/catalog/search-service';
import { createTriageService } from './modules/triage/service';
import { triageAdminRoutes, triageRoutes } from './modules/triage/routes';
import { healthRoutes } from './modules/health/routes';
import { createPatientsService } from './modules/patients';
import { patientRoutes } from './modules/patients/routes';
import { createRecordsService } from './modules/records';
import { clinicalRoutes, patientRecordRoutes } from './modules/records/routes';
import { createReportsService } from './modules/reports';
import { clinicalReportRoutes, unmatchedReportRoutes } from './modules/reports/console-routes';
import { fhirInboundRoutes } from './modules/reports/fhir-routes';
import { clinicalReportImageRoutes, patientReportImageRoutes } from './modules/reports/image-routes';
import { createReportImages } from './modules/reports/image-service';
import { patientReportRoutes, sharedReportRoutes } from './modules/reports/routes';
import { scheduleRoutes } from './modules/schedule/routes';
import { createScheduleService } from './modules/schedule/service';
import { createJobRegistry, type JobRegistry } from './jobs';
import { createNotificationsService, type DeliveryScope } from './modules/notifications';
import { messageRoutes } from './modules/notifications/routes';
import { simRoutes } from './modules/sim/routes';
import { createPaymentsService, paymentNotifyRoutes, paymentRoutes, type PaymentsService } from './modules/payments';
import { billingRoutes, createBilling } from './modules/billing/routes';

export const API_PREFIX = '/api/v1';

declare module 'fastify' {
  interface FastifyInstance {
    /** Background work, callable by the in-process scheduler and by tests on their own clock. */
    jobs: { expireHolds(): Promise<number>; deliverNotifications(scope?: DeliveryScope): Promise<number>; registry: JobRegistry; bookingSweep(): Promise<{ noShows: number; closed: number; transfers: number; waitlist: number }> };
    /** Exam and vaccination hold expiry (modules/exams), for the job runner and tests. */
    examJobs: { expireHolds(): Promise<number> };
    /** Orders, channels, refunds (modules/payments); tests run its jobs and hooks on their clock. */
    payments: PaymentsService;
  }
}

export interface AppDeps {
  config: Config;
  database: Database;
  integrations: Integrations;
  staticDirs?: StaticAppDirs;
  /** A test seam for time-dependent rules (code expiry, token lifetimes). */
  now?: () => Date;
  /** Where JSON log lines go; stdout unless a test captures them. */
  logStream?: { write(line: string): void };
}

/** Builds the whole HTTP application; the caller owns the database and SMS lifecycles. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database } = deps;
  const app = Fastify({
    logger: loggerOptions(config, deps.logStream),
    genReqId,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('principal', null);
  // The API speaks JSON only; anything else answers 415 rather than a confusing validation error.
  app.removeContentTypeParser('text/plain');
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  registerErrorHandling(app);
  await registerSecurity(app, config, deps.staticDirs ? inlineScriptHashes(deps.staticDirs) : []);
  await registerOpenApi(app);

  const now = deps.now ?? (() => new Date());
  const audit = createAuditService({ db: database.db, now });
  const protection = createProtection(config);
  const auth = createAuthService({
    audit,
    protection,
    staff: config.staff,
    wechat: deps.integrations.wechat.client,
    db: database.db,
    sms: deps.integrations.sms.provider,
    secret: config.authSecret,
    accessTtlSeconds: config.accessTokenTtlSeconds,
    refreshTtlSeconds: config.refreshTokenTtlSeconds,
    loginTemplateId: config.sms.tencent.loginTemplateId,
    now,
  });
  const catalog = createCatalogService({ db: database.db, apiPrefix: API_PREFIX });
  const triage = createTriageService({ db: database.db, audit, now });
  const search = createSearchService({ db: database.db, apiPrefix: API_PREFIX, now, symptoms: triage.departmentsForText });
  const patients = createPatientsService({
    db: database.db,
    protection,
    audit,
    codes: auth.codes,
    idCheck: deps.integrations.identity.idCheck,
    face: deps.integrations.identity.face,
    now,
    describeAccount: auth.describeAccount,
  });
  const schedule = createScheduleService({ db: database.db, now });
  const notifications = createNotificationsService({ db: database.db, integrations: deps.integrations, protection, now });
  const records = createRecordsService({ db: database.db, protection, audit, patients, auth, catalog, now });
  const reports = createReportsService({ db: database.db, autocommit: database.kind === 'postgres', protection, audit, patients, auth, now, authSecret: config.authSecret, shareTtlHours: config.reports.shareTtlHours, notifications });
  const reportImages = createReportImages({ db: database.db, audit, reports, dicomweb: deps.integrations.imaging.dicomweb });
  const booking = createBookingService({ db: database.db, audit, patients, schedule, catalog, records, now, accountIdByPhone: auth.accountIdByPhone, notifications });
  const exams = createExamsService({ db: database.db, audit, patients, now });
  const queue = createQueueService({ db: database.db, audit, patients, auth, authSecret: config.authSecret, notifications, now });

  const payments = createPaymentsService({
    db: database.db, audit, notifications, channels: deps.integrations.payments, now, notifyBaseUrl: config.payments.notifyBaseUrl, queryAfterSeconds: config.payments.queryAfterSeconds,
  });

  const billing = await createBilling({ config, db: database.db, audit, auth, patients, channels: deps.integrations.payments, now });
  await app.register(healthRoutes, { db: database.db });
  await app.register(
    async (api) => {
      await api.register(authRoutes, { auth });
      await api.register(catalogRoutes, { catalog });
      await api.register(searchRoutes, { search });
      await api.register(triageRoutes, { triage });
      await api.register(triageAdminRoutes, { triage, auth });
      await api.register(scheduleRoutes, { schedule });
      await api.register(auditRoutes, { audit, auth });
      await api.register(patientRoutes, { patients, auth });
      await api.register(patientRecordRoutes, { records, auth });
      await api.register(clinicalRoutes, { records, auth });
      await api.register(patientReportRoutes, { reports, auth });
      await api.register(sharedReportRoutes, { reports });
      await api.register(clinicalReportRoutes, { reports, auth });
      await api.register(unmatchedReportRoutes, { reports, auth });
      await api.register(patientReportImageRoutes, { images: reportImages, auth });
      await api.register(clinicalReportImageRoutes, { images: reportImages, auth });
      await api.register(bookingRoutes, { booking, auth });
      await api.register(messageRoutes, { inbox: notifications.inbox, auth });
      await api.register(bookingStaffRoutes, { booking, schedule, auth });
      await api.register(waitlistAdminRoutes, { db: database.db, audit, catalog, auth });
      await api.register(scheduleTemplateRoutes, { schedule, catalog, audit, auth });
      await api.register(bookingStatsRoutes, { db: database.db, auth, now });
      await api.register(examRoutes, { exams, auth });
      await api.register(examAdminRoutes, { exams, auth });
      await api.register(queueRoutes, { queue, auth });
      await api.register(paymentRoutes, { payments, auth });
      await api.register(paymentNotifyRoutes, { payments });
      await api.register(billingRoutes, { billing, auth });
    },
    { prefix: API_PREFIX },
  );
  await app.register(fhirInboundRoutes, { reports, interfaceToken: config.reports.interfaceToken });
  app.decorate('reports', reports);
  if (config.simulators) await app.register(simRoutes, { integrations: deps.integrations });
  if (deps.staticDirs) await registerStaticApps(app, deps.staticDirs);
  // Recurring work for the pg-boss runner (src/jobs, started by server.ts); tests call app.jobs.* on their clock.
  const jobs = createJobRegistry();
  jobs.registerJob('expire-holds', 30, () => booking.expireHolds());
  jobs.registerJob('booking-sweep', 60, () => booking.sweep());
  // New dates appear as days pass; idempotent, so any copy may run it.
  jobs.registerJob('materialize-schedule', 3600, () => schedule.materialize());
  jobs.registerJob('expire-exam-holds', 30, () => exams.expireHolds());
  jobs.registerJob('deliver-notifications', 10, () => notifications.deliverDue());
  jobs.registerJob('payments-query-late', 60, () => payments.jobs.queryLatePayments());
  jobs.registerJob('payments-send-refunds', 15, () => payments.jobs.sendRefunds());
  jobs.registerJob('payments-close-expired', 30, () => payments.jobs.closeExpired());
  jobs.registerJob('outpatient-his-settle', 30, () => billing.bills.settlePaid());
  // 02:30 UTC = 10:30 Beijing: WeChat Pay publishes the previous day's trade bill after 10:00.
  jobs.registerJob('reconcile-yesterday', '30 2 * * *', () => billing.reconciliation.daily(now()));
  app.decorate('payments', payments);
  app.decorate('jobs', { registry: jobs, deliverNotifications: (scope?: DeliveryScope) => notifications.deliverDue(scope), expireHolds: () => booking.expireHolds(), bookingSweep: () => booking.sweep() });
  app.decorate('examJobs', { expireHolds: () => exams.expireHolds() });
  return app;
}
