import type { ReportSummary } from '@xinglin/contracts';
import { describe, expect, it } from 'vitest';
import { arrowOfFlags, byTab, chartGeometry, directionOf, hasTrend, hoursLeft, isActiveShare, segment } from './report-model';

const summary = (id: string, status: ReportSummary['status'], releasedAt: string | null, collectedAt: string | null = null): ReportSummary => ({
  id, patientId: 'p', kind: 'lab', code: 'BIO', name: id, status, specimen: null, collectedAt, releasedAt, orderingDoctor: null, abnormalCount: 0,
});

describe('report list', () => {
  it('puts ready and corrected under 已出 and pending under 未出, newest first', () => {
    const items = [summary('old', 'ready', '2026-05-01T00:00:00Z'), summary('wait', 'pending', null, '2026-11-20T00:00:00Z'), summary('fix', 'corrected', '2026-11-02T00:00:00Z'), summary('new', 'ready', '2026-11-03T00:00:00Z')];
    expect(byTab(items, 'ready').map((r) => r.id)).toEqual(['new', 'fix', 'old']);
    expect(byTab(items, 'pending').map((r) => r.id)).toEqual(['wait']);
  });
});

describe('observation marks', () => {
  it('names the direction from the arrow, only for abnormal values', () => {
    expect(directionOf({ abnormal: true, arrow: '↑' })).toBe('high');
    expect(directionOf({ abnormal: true, arrow: '↓' })).toBe('low');
    expect(directionOf({ abnormal: true, arrow: '' })).toBe('abnormal');
    expect(directionOf({ abnormal: false, arrow: '' })).toBe('normal');
    expect(hasTrend({ numeric: 5.2 })).toBe(true);
    expect(hasTrend({ numeric: null })).toBe(false);
    expect([arrowOfFlags(['HH']), arrowOfFlags(['L']), arrowOfFlags(['A']), arrowOfFlags([])]).toEqual(['↑', '↓', '', '']);
  });
});

describe('trend chart geometry', () => {
  const point = (at: string, numeric: number | null, abnormal = false) => ({ reportId: at, at, value: String(numeric), numeric, unit: 'mmol/L', flags: [], abnormal });

  it('spreads points left to right, higher values higher up, and includes the reference band', () => {
    const g = chartGeometry({ referenceLow: 3.9, referenceHigh: 6.1, points: [point('2026-05-01T00:00:00Z', 6.4, true), point('2026-08-01T00:00:00Z', 7.1, true), point('2026-11-01T00:00:00Z', 5.8)] }, 300, 160);
    expect(g.points.map((p) => Math.round(p.x))).toEqual([8, 150, 292]);
    expect(g.points[1]!.y).toBeLessThan(g.points[0]!.y);
    expect(g.points[2]!.y).toBeGreaterThan(g.points[0]!.y);
    expect(g.band!.top).toBeLessThan(g.band!.bottom);
    expect(g.min).toBeLessThan(3.9);
    expect(g.max).toBeGreaterThan(7.1);
    expect(g.points.map((p) => p.label)).toEqual(['2026-05-01', '2026-08-01', '2026-11-01']);
  });

  it('centres a single point, skips non-numeric ones, and survives a flat series without a range', () => {
    const g = chartGeometry({ referenceLow: null, referenceHigh: null, points: [point('2026-05-01T00:00:00Z', 5), point('2026-06-01T00:00:00Z', null)] }, 200, 100);
    expect(g.points).toHaveLength(1);
    expect(g.points[0]!.x).toBe(100);
    expect(g.band).toBeNull();
    expect(Number.isFinite(g.points[0]!.y)).toBe(true);
  });

  it('draws a segment as a bar of the right length and angle', () => {
    expect(segment({ x: 0, y: 0 }, { x: 3, y: 4 })).toEqual({ length: 5, angle: (Math.atan2(4, 3) * 180) / Math.PI });
  });
});

describe('share links', () => {
  const now = new Date('2026-11-26T08:00:00Z');
  it('counts hours left and tells live links from expired or revoked ones', () => {
    expect(hoursLeft('2026-11-29T08:00:00Z', now)).toBe(72);
    expect(hoursLeft('2026-11-26T07:00:00Z', now)).toBe(0);
    expect(isActiveShare({ revokedAt: null, expiresAt: '2026-11-27T00:00:00Z' }, now)).toBe(true);
    expect(isActiveShare({ revokedAt: '2026-11-26T07:00:00Z', expiresAt: '2026-11-27T00:00:00Z' }, now)).toBe(false);
    expect(isActiveShare({ revokedAt: null, expiresAt: '2026-11-26T07:59:00Z' }, now)).toBe(false);
  });
});
