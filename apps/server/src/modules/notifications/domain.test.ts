import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, backoffSeconds, prefixPattern, settle, smsParams, wechatMessage } from './domain';

describe('notification rules', () => {
  it('fills the visit template within WeChat’s limits, from either spelling of the patient field', () => {
    const m = { kind: 'booking.reminder', title: '明日就诊提醒', body: '正文', data: { patient: '欧阳娜娜', department: '心血管内科', doctor: '张医生', time: '2026-11-27 09:00', notes: '空腹抽血，请携带既往检查报告和医保卡，提前二十分钟到达' } };
    const { templateId, data } = wechatMessage(m, DEFAULT_TEMPLATES);
    expect(templateId).toBe('xinglin-visit-reminder');
    expect(data).toMatchObject({ name1: '欧阳娜娜', thing2: '心血管内科 张医生', time3: '2026-11-27 09:00' });
    expect([...data.thing4!]).toHaveLength(20);
    expect(data.thing4!.endsWith('…')).toBe(true);
    expect(wechatMessage({ ...m, data: {} }, DEFAULT_TEMPLATES).data).toEqual({ name1: '就诊人', thing2: '明日就诊提醒', time3: '—', thing4: '正文' });
  });

  it('uses the report template for report kinds', () => {
    const r = wechatMessage({ kind: 'report.ready', title: '报告已出', body: 'b', data: { patientName: '李四', time: 't' } }, DEFAULT_TEMPLATES);
    expect(r).toEqual({ templateId: 'xinglin-report-ready', data: { name1: '李四', thing2: '报告已出', time3: 't' } });
  });

  it('backs off 1, 4, 16, 60, 60 minutes and gives up after the fifth attempt', () => {
    expect([1, 2, 3, 4, 5].map(backoffSeconds)).toEqual([60, 240, 960, 3600, 3600]);
    expect(settle(['sent', 'pending', null], 4)).toEqual({ status: 'pending', giveUp: false });
    expect(settle(['sent', 'pending', null], 5)).toEqual({ status: 'dead', giveUp: true });
    expect(settle(['sent', 'skipped', 'failed'], 1)).toEqual({ status: 'done', giveUp: false });
  });

  it('keeps SMS params short and like-patterns literal', () => {
    expect(smsParams({ kind: 'k', title: '标题', body: 'x'.repeat(100), data: {} })[1]).toHaveLength(60);
    expect(prefixPattern('a%b_c\\')).toBe('a\\%b\\_c\\\\%');
  });
});
