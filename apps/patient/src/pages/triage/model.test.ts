import { describe, expect, it } from 'vitest';
import { canBePregnant, toRequest } from './model';

describe('triage form → request', () => {
  it('sends only what was given', () => {
    expect(toRequest({ age: '', sex: null, pregnant: false }, '  胃痛 ', null, [])).toEqual({ text: '胃痛' });
    expect(toRequest({ age: '7', sex: 'male', pregnant: false }, '', 'chest', ['咳嗽'])).toEqual({ bodyPart: 'chest', symptoms: ['咳嗽'], age: 7, sex: 'male' });
  });

  it('asks about pregnancy only for women of an age to be pregnant', () => {
    expect(canBePregnant({ age: '30', sex: 'female', pregnant: false })).toBe(true);
    expect(canBePregnant({ age: '8', sex: 'female', pregnant: false })).toBe(false);
    expect(canBePregnant({ age: '30', sex: 'male', pregnant: true })).toBe(false);
    expect(toRequest({ age: '30', sex: 'female', pregnant: true }, '腹痛', null, []).pregnant).toBe(true);
    expect(toRequest({ age: '70', sex: 'female', pregnant: true }, '腹痛', null, []).pregnant).toBeUndefined();
  });

  it('clamps odd ages and ignores non-numbers', () => {
    expect(toRequest({ age: '200', sex: null, pregnant: false }, '头痛', null, []).age).toBe(130);
    expect(toRequest({ age: 'abc', sex: null, pregnant: false }, '头痛', null, []).age).toBeUndefined();
  });
});
