import { AppError } from '../../errors';

/** The longest range the admin may read at once: two months of days keeps the answer small. */
export const MAX_RANGE_DAYS = 62;
const DAY_MS = 86_400_000;

/** A real calendar day (2026-02-30 is not), as UTC midnight milliseconds; null otherwise. */
function dayMs(date: string): number | null {
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date ? null : ms;
}

/** Refuses a range the capacity reads cannot answer: not a date (400), backwards or too long (422). */
export function checkRange(from: string, to: string): void {
  const [a, b] = [dayMs(from), dayMs(to)];
  if (a === null || b === null) throw new AppError('DATE_INVALID', 400, '日期无效，格式应为 YYYY-MM-DD', 'Invalid date; use YYYY-MM-DD');
  if (a > b) throw new AppError('RANGE_REVERSED', 422, '开始日期不能晚于结束日期', 'The start date cannot be after the end date');
  if ((b - a) / DAY_MS + 1 > MAX_RANGE_DAYS) {
    throw new AppError('RANGE_TOO_LONG', 422, `一次最多查询 ${MAX_RANGE_DAYS} 天`, `At most ${MAX_RANGE_DAYS} days can be read at once`);
  }
}
