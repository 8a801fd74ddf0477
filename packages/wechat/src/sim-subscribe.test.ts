import { beforeEach, describe, expect, it } from 'vitest';
import { createSubscribeStore } from './sim-subscribe';
import { checkTemplateData, DEFAULT_SUBSCRIBE_TEMPLATES, keywordType } from './sim-subscribe-rules';

const T = 'xinglin-report-ready';
const DATA = { name1: { value: '张三' }, thing2: { value: '血常规' }, time3: { value: '2025年1月5日 10:00' } };
const store = createSubscribeStore(DEFAULT_SUBSCRIBE_TEMPLATES, () => 1_736_000_000_000);
const known = (openid: string) => openid.startsWith('o');

beforeEach(() => store.clear());

describe('subscribe store', () => {
  it('allows one message per acceptance', () => {
    store.setSubscribed('oA', T, true);
    store.setSubscribed('oA', T, true);
    const body = { touser: 'oA', template_id: T, data: DATA };
    expect(store.send(body, known)).toMatchObject({ ok: true, msgid: expect.stringMatching(/^[1-9]\d{18}$/) });
    expect(store.send(body, known).ok).toBe(true);
    expect(store.send(body, known)).toEqual({ ok: false, errcode: 43101 });
    expect(store.messages('oA')).toHaveLength(2);
    expect(store.messages('oB')).toHaveLength(0);
  });

  it('drops remaining acceptances when the user refuses', () => {
    store.setSubscribed('oA', T, true);
    store.setSubscribed('oA', T, false);
    expect(store.send({ touser: 'oA', template_id: T, data: DATA }, known)).toEqual({ ok: false, errcode: 43101 });
  });

  it('keeps acceptances per template', () => {
    store.setSubscribed('oA', 'xinglin-visit-reminder', true);
    expect(store.send({ touser: 'oA', template_id: T, data: DATA }, known)).toEqual({ ok: false, errcode: 43101 });
  });

  it('checks openid, template, state and lang before data', () => {
    store.setSubscribed('oA', T, true);
    const base = { touser: 'oA', template_id: T, data: DATA };
    expect(store.send({ ...base, touser: '' }, known)).toMatchObject({ errcode: 40003 });
    expect(store.send({ ...base, touser: 'xStranger' }, known)).toMatchObject({ errcode: 40003 });
    expect(store.send({ ...base, template_id: 'nope' }, known)).toMatchObject({ errcode: 40037 });
    expect(store.send({ ...base, template_id: 'toString' }, known)).toMatchObject({ errcode: 40037 });
    const badState = store.send({ ...base, miniprogram_state: 'beta' }, known);
    expect(badState).toMatchObject({ errcode: 47003, detail: 'miniprogram_state invalid' });
    expect(store.send({ ...base, lang: 'fr_FR' }, known)).toMatchObject({ errcode: 47003, detail: 'lang invalid' });
    expect(store.messages()).toHaveLength(0);
  });

  it('records the flattened data and the defaults WeChat applies', () => {
    store.setSubscribed('oA', T, true);
    store.send({ touser: 'oA', template_id: T, data: DATA }, known);
    expect(store.messages()[0]).toMatchObject({
      templateId: T,
      miniprogramState: 'formal',
      lang: 'zh_CN',
      data: { name1: '张三', thing2: '血常规', time3: '2025年1月5日 10:00' },
      sentAt: 1_736_000_000_000,
    });
    expect(store.messages()[0]).not.toHaveProperty('page');
  });
});

describe('checkTemplateData', () => {
  const template = { title: 't', keywords: ['thing1', 'number2', 'phrase3', 'character_string4'] };
  const ok = {
    thing1: { value: '心内科门诊' },
    number2: { value: 12 },
    phrase3: { value: '已出具' },
    character_string4: { value: 'A-001' },
  };
  const check = (patch: Record<string, unknown>) => checkTemplateData(template, { ...ok, ...patch });

  it('accepts data that fills every keyword within its limits', () => {
    expect(checkTemplateData(template, ok)).toBeNull();
  });

  it('names the first offending field the way WeChat does', () => {
    expect(check({ thing1: { value: '一二三四五六七八九十一二三四五六七八九十一' } })).toBe('data.thing1.value invalid');
    expect(check({ thing1: { value: '一二三四五六七八九十一二三四五六七八九十' } })).toBeNull();
    expect(check({ number2: { value: '12a' } })).toBe('data.number2.value invalid');
    expect(check({ phrase3: { value: 'done' } })).toBe('data.phrase3.value invalid');
    expect(check({ character_string4: { value: '编号1' } })).toBe('data.character_string4.value invalid');
    expect(check({ number2: {} })).toBe('data.number2.value is empty');
    expect(check({ extra5: { value: 'x' } })).toBe('data.extra5 not in template');
    expect(checkTemplateData(template, 'x')).toBe('data invalid');
  });

  it('reads the type from the keyword key', () => {
    expect(keywordType('character_string12')).toBe('character_string');
    expect(keywordType('thing1')).toBe('thing');
  });
});
