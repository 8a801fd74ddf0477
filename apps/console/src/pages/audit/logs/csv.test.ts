import type { AuditEventView } from '@xinglin/contracts';
import { describe, expect, it } from 'vitest';
import { auditEventsCsv, csvCell, toCsv } from './csv';

describe('csvCell', () => {
  it('leaves plain values alone and empties null', () => {
    expect(csvCell('login')).toBe('login');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('toCsv', () => {
  it('joins rows with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x'], [2, null]])).toBe('a,b\r\n1,x\r\n2,');
  });
});

describe('auditEventsCsv', () => {
  const event: AuditEventView = {
    seq: 7,
    at: '2026-03-05T06:07:09.000Z',
    actorKind: 'staff',
    actorId: 'u-1',
    actorRole: 'doctor',
    patientId: 'p-1',
    objectType: 'health_record',
    objectId: 'p-1',
    action: 'read',
    outcome: 'denied',
    ip: '10.0.0.8',
    purpose: 'treatment, follow-up',
    requestId: 'req-1',
  };

  it('starts with a BOM and a header in the UI language, one line per event', () => {
    const zh = auditEventsCsv([event, { ...event, seq: 8 }], 'zh-CN');
    expect(zh.startsWith('\uFEFF序号,时间,')).toBe(true);
    const lines = zh.slice(1).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(',员工,u-1,doctor,查阅,read,健康档案,health_record,p-1,p-1,拒绝,"treatment, follow-up",10.0.0.8,req-1');
    expect(lines[1]).toContain('2026-03-05T06:07:09.000Z');
    expect(auditEventsCsv([event], 'en-US')).toContain('Seq,Time,Time (UTC),Actor kind');
  });

  it('keeps codes it has no label for', () => {
    const csv = auditEventsCsv([{ ...event, action: 'teleport', objectType: 'x_ray' }], 'en-US');
    expect(csv).toContain(',teleport,teleport,x_ray,x_ray,');
  });
});
