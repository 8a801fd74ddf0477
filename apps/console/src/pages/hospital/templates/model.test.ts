import { describe, expect, it } from 'vitest';
import { draftFor, formatYuan, weekGrid, weekSummary, yuanToFen } from './model';
import type { ScheduleTemplate } from './service';

const tpl = (weekday: number, period: ScheduleTemplate['period'], extra: Partial<ScheduleTemplate> = {}): ScheduleTemplate => ({
  weekday, period, level: 'general', feeFen: 500, placesPerSlot: 4, active: true, ...extra,
});

describe('weekGrid', () => {
  it('puts each template in its weekday × period cell and leaves the rest empty', () => {
    const grid = weekGrid([tpl(1, 'morning'), tpl(3, 'evening', { level: 'expert' }), tpl(7, 'afternoon', { active: false })]);
    expect(grid.map((r) => r.period)).toEqual(['morning', 'afternoon', 'evening']);
    expect(grid[0]!.cells[1]).toMatchObject({ weekday: 1, period: 'morning' });
    expect(grid[0]!.cells[3]).toBeNull();
    expect(grid[2]!.cells[3]).toMatchObject({ level: 'expert' });
    expect(grid[1]!.cells[7]).toMatchObject({ active: false });
    const filled = grid.flatMap((r) => Object.values(r.cells)).filter(Boolean);
    expect(filled).toHaveLength(3);
  });
});

describe('draftFor', () => {
  it('edits the existing template, or proposes a new one for the cell', () => {
    const existing = tpl(2, 'afternoon', { feeFen: 3000 });
    expect(draftFor(2, 'afternoon', existing)).toBe(existing);
    expect(draftFor(5, 'evening', null)).toEqual({ weekday: 5, period: 'evening', level: 'general', feeFen: 500, placesPerSlot: 4, active: true });
  });
});

describe('fees and the week summary', () => {
  it('turns yuan into whole fen without floating error and prints yuan', () => {
    expect(yuanToFen(12.3)).toBe(1230);
    expect(yuanToFen(0.07)).toBe(7);
    expect(formatYuan(5000)).toBe('¥50');
    expect(formatYuan(1250)).toBe('¥12.50');
  });

  it('counts active and paused clinics and the places per slot of the active ones', () => {
    expect(weekSummary([tpl(1, 'morning', { placesPerSlot: 3 }), tpl(2, 'morning', { placesPerSlot: 5 }), tpl(3, 'morning', { active: false, placesPerSlot: 9 })]))
      .toEqual({ active: 2, paused: 1, placesPerSlot: 8 });
  });
});
