import type { Department } from '@xinglin/contracts';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE, ruleRows } from './model';

const dep = (id: string, name: string): Department => ({
  id, code: id, name, nameEn: `${id}-en`, groupName: '内科', groupNameEn: 'Medicine', campusId: 'c', location: '', intro: '', bookable: true, doctorCount: 1,
});

describe('ruleRows', () => {
  it('puts the hospital first and lets departments without a rule inherit it', () => {
    const rows = ruleRows(
      [{ departmentId: null, daysAhead: 14, releaseTime: '07:30', sameDay: false }, { departmentId: 'b', daysAhead: 3, releaseTime: '15:00', sameDay: true }],
      [dep('a', '心内科'), dep('b', '儿科')], '全院', 'zh',
    );
    expect(rows.map((r) => r.name)).toEqual(['全院', '心内科', '儿科']);
    expect(rows[1]).toMatchObject({ own: null, effective: { departmentId: 'a', daysAhead: 14, releaseTime: '07:30', sameDay: false } });
    expect(rows[2]).toMatchObject({ own: { daysAhead: 3 }, effective: { daysAhead: 3, releaseTime: '15:00' } });
  });

  it('falls back to the built-in default when the hospital has no rule, and names departments in English', () => {
    const rows = ruleRows([], [dep('a', '心内科')], 'Hospital', 'en');
    expect(rows[0]).toMatchObject({ own: null, effective: { departmentId: null, ...DEFAULT_RULE } });
    expect(rows[1]!.name).toBe('a-en');
  });
});
