import { describe, expect, it } from 'vitest';
import { buildAuditQuery } from './query';

const PATIENT = '0b6c1a9e-4a57-4c1e-9d59-0d3f6c1e2a11';

describe('buildAuditQuery', () => {
  it('drops blank filters and trims the rest', () => {
    const result = buildAuditQuery({ action: '  ', actorId: ' admin ', objectType: '' }, 2, 20, 'zh-CN');
    expect(result).toEqual({ ok: true, query: { actorId: 'admin', page: 2, pageSize: 20 } });
  });

  it('passes every filter the server knows', () => {
    const filters = {
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-05T23:59:59.999Z',
      action: 'read',
      outcome: 'denied' as const,
      objectType: 'health_record',
      actorId: 'u-1',
      patientId: PATIENT,
    };
    expect(buildAuditQuery(filters, 1, 50, 'zh-CN')).toEqual({ ok: true, query: { ...filters, page: 1, pageSize: 50 } });
  });

  it("explains a malformed patient ID in the UI language, using the contract's message", () => {
    expect(buildAuditQuery({ patientId: '张三' }, 1, 50, 'zh-CN')).toEqual({ ok: false, message: '患者编号格式不正确' });
    expect(buildAuditQuery({ patientId: '123' }, 1, 50, 'en-US')).toEqual({ ok: false, message: 'Invalid patient id' });
  });
});
