import { describe, expect, it } from 'vitest';
import { parseReferenceRange } from './range';

describe('parseReferenceRange', () => {
  it.each([
    ['3.9-6.1', { low: 3.9, high: 6.1 }],
    ['3.9~6.1', { low: 3.9, high: 6.1 }],
    [' 0.5 - 1.5 mmol/L', { low: 0.5, high: 1.5 }],
    ['-2-3', { low: -2, high: 3 }],
    ['<5.2', { high: 5.2 }],
    ['<=5.2', { high: 5.2 }],
    ['>1.0', { low: 1 }],
    ['≥40', { low: 40 }],
    ['<9 mcg/dL:  Acceptable background lead exposure', { high: 9 }],
    ['阴性', {}],
    ['6.1-3.9', {}],
    ['3.9-6.1x', {}],
  ])('%s', (text, expected) => {
    expect(parseReferenceRange(text)).toEqual(expected);
  });
});
