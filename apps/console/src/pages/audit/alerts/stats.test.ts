import type { SecurityAlert } from '@xinglin/contracts';
import { describe, expect, it } from 'vitest';
import { openBySeverity } from './stats';

const alert = (severity: SecurityAlert['severity'], acknowledged = false): SecurityAlert => ({
  id: `${severity}-${acknowledged}`,
  kind: 'failed_logins',
  severity,
  actorId: null,
  patientId: null,
  summary: '5 failed logins for admin in 15 min',
  count: 5,
  createdAt: '2026-03-05T06:07:09.000Z',
  acknowledged,
});

describe('openBySeverity', () => {
  it('counts only open alerts, per severity', () => {
    const counts = openBySeverity([alert('high'), alert('high'), alert('medium'), alert('high', true), alert('low', true)]);
    expect(counts).toEqual({ high: 2, medium: 1, low: 0 });
  });

  it('is all zeros for no alerts', () => {
    expect(openBySeverity([])).toEqual({ high: 0, medium: 0, low: 0 });
  });
});
