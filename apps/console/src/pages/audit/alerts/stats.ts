import type { SecurityAlert } from '@xinglin/contracts';

export type SeverityCounts = Record<SecurityAlert['severity'], number>;

/** Open (unacknowledged) alerts per severity, for the strip above the table. Pure; tested. */
export function openBySeverity(alerts: readonly SecurityAlert[]): SeverityCounts {
  const counts: SeverityCounts = { high: 0, medium: 0, low: 0 };
  for (const alert of alerts) if (!alert.acknowledged) counts[alert.severity] += 1;
  return counts;
}
