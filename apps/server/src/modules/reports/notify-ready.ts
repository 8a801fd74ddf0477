import type { NotificationsService, OutboxMessage } from '../notifications/service';
import { ageOn, decideAccess } from '../patients/domain';
import type { IngestManager, IngestPatient } from './batch-read';
import type { WrittenReport } from './repository';

/** A message for the outbox. */
export type ReadyMessage = OutboxMessage;

/** The part of modules/notifications this context uses, as booking and payments take theirs (it writes in the caller's transaction). */
export type ReportNotifier = Pick<NotificationsService, 'enqueueMany' | 'outboxStatement' | 'outboxRows'>;

/**
 * 报告已出 / 报告已更正 for everyone who may open the report: the patient's own account and the managers holding
 * the record grant (or caring for a minor without an account). Managers without the grant do not hear about it.
 * The dedupe key makes a replayed version a no-op.
 */
export function readyMessages(patient: IngestPatient, managers: IngestManager[], report: WrittenReport, at: Date): ReadyMessage[] {
  const age = ageOn(patient.birthDate, at);
  const recipients = new Set<string>(patient.selfAccountId ? [patient.selfAccountId] : []);
  for (const manager of managers) {
    const access = decideAccess({ isSelf: manager.accountId === patient.selfAccountId, manager, age, hasOwnAccount: patient.selfAccountId !== null });
    if (access?.record) recipients.add(manager.accountId);
  }
  const corrected = report.status === 'corrected';
  return [...recipients].map((accountId) => ({
    accountId,
    patientId: patient.id,
    kind: 'report.ready',
    title: corrected ? '报告已更正' : '报告已出',
    body: `${patient.name}的${report.name}${corrected ? '已更正，请查看最新结果' : '已出，可在线查看'}`,
    link: `/pages/reports/detail?id=${report.id}`,
    data: { reportName: report.name, patientName: patient.name },
    dedupeKey: `report.ready:${report.id}:v${report.version}:${accountId}`,
  }));
}
