import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { ExamsDeps } from './context';
import { createExamService } from './exam-service';
import { examBookings, vaccinations } from './tables';
import { createVaccineService } from './vaccine-service';

export type ExamsService = ReturnType<typeof createExamsService>;

/** 体检与疫苗: one capacity engine for exam packages and vaccinations. */
export function createExamsService(deps: ExamsDeps) {
  const exams = createExamService(deps);
  const vaccines = createVaccineService(deps);
  return {
    exams,
    vaccines,
    /** Releases every unpaid hold past its 15 minutes, exams and vaccinations; for the job runner. */
    async expireHolds(): Promise<number> {
      return (await exams.expireHolds()) + (await vaccines.expireHolds());
    },
  };
}

/**
 * For the payment context, inside its own transaction: a held booking becomes confirmed. False when the hold
 * was already released (or the booking is not held), so a late payment is refunded rather than double-sold.
 */
export async function confirmPaid(tx: Executor, kind: 'exam' | 'vaccination', id: string): Promise<boolean> {
  const table = kind === 'exam' ? examBookings : vaccinations;
  const rows = await tx
    .update(table)
    .set({ status: 'confirmed', holdExpiresAt: null })
    .where(and(eq(table.id, id), eq(table.status, 'held')))
    .returning({ id: table.id });
  return rows.length === 1;
}
