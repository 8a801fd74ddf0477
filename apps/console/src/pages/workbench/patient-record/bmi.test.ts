import { describe, expect, it } from 'vitest';
import { bmiOf } from './bmi';

describe('bmiOf', () => {
  it('computes BMI to one decimal with the Chinese adult category', () => {
    expect(bmiOf(170, 65, 40)).toEqual({ value: 22.5, category: { zh: '正常', en: 'Normal', color: 'green' } });
    expect(bmiOf(160, 45, 30)?.category?.zh).toBe('偏瘦');
    expect(bmiOf(175, 75, 50)?.category?.zh).toBe('超重');
    expect(bmiOf(165, 80, 70)?.category?.zh).toBe('肥胖');
  });

  it('uses the cut-offs as lower bounds: 24.0 is already overweight', () => {
    expect(bmiOf(100, 24, 30)).toMatchObject({ value: 24, category: { zh: '超重' } });
    expect(bmiOf(100, 18.5, 30)).toMatchObject({ value: 18.5, category: { zh: '正常' } });
  });

  it('gives no adult label to children, nor when the age is unknown', () => {
    expect(bmiOf(140, 40, 11)).toEqual({ value: 20.4, category: null });
    expect(bmiOf(132, 29)).toEqual({ value: 16.6, category: null });
    expect(bmiOf(170, 65, 18)?.category?.zh).toBe('正常');
  });

  it('is null without both measurements', () => {
    expect(bmiOf(null, 65)).toBeNull();
    expect(bmiOf(170, null)).toBeNull();
  });
});
