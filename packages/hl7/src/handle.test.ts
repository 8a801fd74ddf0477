import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { applicationError, handleMessage, rejectMessage } from './handle';

const fixed = { now: () => new Date('2024-01-05T00:30:00Z'), ackControlId: () => 'ACK1' };

function message(version: string, segments: string[], type = 'ORU^R01', charset = 'UNICODE UTF-8', controlId = 'C100'): Buffer {
  const msh = `MSH|^~\\&|LIS|HOSP|XINGLIN|XL|20240105083000||${type}|${controlId}|P|${version}|||AL|NE||${charset}`;
  return Buffer.from([msh, ...segments].join('\r') + '\r');
}

const PID = 'PID|1||MR001^^^HOSP^MR~110105199001011234^^^CHN^NI||王^小明||19900101|M';
const OBR = 'OBR|1|P1|F1|GLU^空腹血糖^L|||20240105070000|||||||||D1^李^华||||||20240105083000||LAB|F';
const OBX = 'OBX|1|NM|GLU^葡萄糖^L||7.2|mmol/L|3.9-6.1|H|||F|||20240105080000';
const segmentsOf = (ack: string) => ack.split('\r').filter(Boolean).map((s) => s.split('|'));

describe('handleMessage: accepted messages', () => {
  it('answers AA with the report and an ACK addressed back to the sender', () => {
    const r = handleMessage(message('2.5.1', [PID, OBR, OBX]), fixed);
    expect(r.outcome).toBe('AA');
    expect(r.controlId).toBe('C100');
    expect(r.report?.patient).toEqual({
      identifiers: [
        { value: 'MR001', authority: 'HOSP', type: 'MR' },
        { value: '110105199001011234', authority: 'CHN', type: 'NI' },
      ],
      name: '王小明',
      birthDate: '1990-01-01',
      sex: 'M',
    });
    const [msh, msa, err] = segmentsOf(r.ackText);
    expect(msh!.slice(2, 12)).toEqual(['XINGLIN', 'XL', 'LIS', 'HOSP', '20240105083000+0800', '', 'ACK^R01^ACK', 'ACK1', 'P', '2.5.1']);
    expect(msh![17]).toBe('UNICODE UTF-8');
    expect(msa).toEqual(['MSA', 'AA', 'C100', 'Message accepted']);
    expect(err).toBeUndefined();
  });

  it('maps SN, CE/CWE, TX repetitions, flags and notes after OBR and OBX', () => {
    const r = handleMessage(
      message('2.4', [
        PID,
        OBR,
        'NTE|1|L|标本轻度溶血',
        'OBX|1|SN|HBSAB^乙肝表面抗体^L||>^1000|mIU/mL|<10|HH~>|||F',
        'OBX|2|SN|TITER^滴度||^1^:^128||||||F',
        'OBX|3|CWE|BACT^细菌培养||STAU^金黄色葡萄球菌^L~ECO^大肠埃希菌^L|||A|||F',
        'NTE|1|L|已复查',
        'NTE|2|L|已电话通知',
        'OBX|4|TX|COMMENT^备注||第一行~第二行 \\F\\ 竖线||||||F',
      ]),
      fixed,
    );
    expect(r.outcome).toBe('AA');
    const order = r.report!.orders[0]!;
    expect(order.notes).toEqual(['标本轻度溶血']);
    expect(order.observations.map((o) => [o.valueType, o.value, o.numeric, o.comparator, o.flags])).toEqual([
      ['SN', '>1000', 1000, '>', ['HH', 'A']],
      ['SN', '1:128', undefined, undefined, []],
      ['CWE', '金黄色葡萄球菌; 大肠埃希菌', undefined, undefined, ['A']],
      ['TX', '第一行\n第二行 | 竖线', undefined, undefined, []],
    ]);
    expect(order.observations[0]).toMatchObject({ referenceRange: '<10', referenceHigh: 10, unit: 'mIU/mL' });
    expect(order.observations[2]!.notes).toEqual(['已复查', '已电话通知']);
  });

  it('maps an imaging report: findings, impression, study UID and modality', () => {
    const r = handleMessage(
      message('2.3.1', [
        PID,
        'OBR|1||RIS123|CT-CHEST^胸部CT平扫^L|||20240105070000|||||||||||||||20240105090000||CT|F',
        'OBX|1|TX|59776-5^检查所见^LN||双肺纹理清晰。\\.br\\纵隔未见肿大淋巴结。||||||F',
        'OBX|2|TX|19005-8^诊断意见^LN||胸部CT平扫未见明显异常。||||||F',
        'OBX|3|RP|STUDYUID^Study Instance UID||1.2.840.113619.2.55.3.604688119.969.1268071029.320^PACS^Application^DICOM||||||F',
      ]),
      fixed,
    );
    expect(r.outcome).toBe('AA');
    const order = r.report!.orders[0]!;
    expect(order.imaging).toEqual({
      findings: '双肺纹理清晰。\n纵隔未见肿大淋巴结。',
      impression: '胸部CT平扫未见明显异常。',
      studyInstanceUid: '1.2.840.113619.2.55.3.604688119.969.1268071029.320',
      modality: 'CT',
    });
    expect(order.observations).toHaveLength(2);
  });

  it('reads the study UID from a ZDS segment and from an ST OBX under the DICOM root', () => {
    const zds = handleMessage(message('2.5', [PID, 'OBR|1||R1|US^超声||||||||||||||||||||US|F', 'OBX|1|TX|^影像所见||肝脏大小正常||||||F', 'ZDS|1.2.3.4.5^PACS^Application^DICOM']), fixed);
    expect(zds.report!.orders[0]!.imaging).toEqual({ findings: '肝脏大小正常', studyInstanceUid: '1.2.3.4.5', modality: 'US' });
    const st = handleMessage(message('2.5', [PID, 'OBR|1||R1|MR^磁共振', 'OBX|1|ST|X^检查号||1.2.840.99.1||||||F']), fixed);
    expect(st.report!.orders[0]!.imaging).toEqual({ studyInstanceUid: '1.2.840.99.1' });
  });

  it('decodes GB18030 and answers in GB18030', () => {
    const text = [
      'MSH|^~\\&|LIS|HOSP|XINGLIN|XL|20240105083000||ORU^R01|G1|P|2.3.1|||AL|NE||GB 18030-2000',
      'PID|1||MR9^^^HOSP^MR||张三',
      'OBR|1||F9|LIPID^血脂|||20240105070000||||||||血清',
      'OBX|1|NM|TC^总胆固醇||6.12|mmol/L|<5.2|H|||F',
    ].join('\r');
    const r = handleMessage(iconv.encode(text, 'gb18030'), fixed);
    expect(r.outcome).toBe('AA');
    expect(r.report!.orders[0]).toMatchObject({ name: '血脂', specimen: '血清' });
    expect(r.report!.orders[0]!.observations[0]).toMatchObject({ name: '总胆固醇', numeric: 6.12, referenceHigh: 5.2, flags: ['H'] });
    expect(iconv.decode(r.ack, 'gb18030')).toBe(r.ackText);
    expect(segmentsOf(r.ackText)[0]![8]).toBe('ACK^R01^ACK');
  });
});

describe('handleMessage: errors', () => {
  it.each([
    ['missing PID', [OBR, OBX], '100', /PID segment is missing/],
    ['no OBR', [PID], '101', /no OBR/],
    ['NM not a number', [PID, OBR, 'OBX|1|NM|GLU^葡萄糖||high|mmol/L||||F'], '102', /not a number/],
    ['OBX before OBR', [PID, OBX, OBR], '100', /OBX before any OBR/],
    ['bad birth date', [PID.replace('|19900101|', '|19901301|'), OBR, OBX], '102', /PID-7/],
    ['two patients', [PID, OBR, PID, OBR], '100', /more than one PID/],
    ['empty OBR-4', [PID, 'OBR|1||F1|', OBX], '101', /OBR-4/],
    ['bad segment name', [PID, OBR, 'obx|1'], '100', /not a segment/],
  ])('%s → AE', (_name, segments, code, pattern) => {
    const r = handleMessage(message('2.5.1', segments), fixed);
    expect(r.outcome).toBe('AE');
    expect(r.report).toBeUndefined();
    expect(r.error).toMatch(pattern);
    const [, msa, err] = segmentsOf(r.ackText);
    expect(msa!.slice(0, 3)).toEqual(['MSA', 'AE', 'C100']);
    expect(err![3]).toMatch(new RegExp(`^${code}\\^`));
    expect(err![4]).toBe('E');
    expect(err![8]).toMatch(pattern);
  });

  it('uses ERR-1 (ELD) for v2.3 and points at the field', () => {
    const r = handleMessage(message('2.3', [PID, OBR, 'OBX|1|NM|GLU^葡萄糖||abc||||||F']), fixed);
    const [msh, , err] = segmentsOf(r.ackText);
    expect(msh![8]).toBe('ACK^R01');
    expect(err).toEqual(['ERR', 'OBX^1^5^102&Data type error&HL70357']);
  });

  it('answers AE for bytes invalid in the declared charset', () => {
    const bytes = Buffer.concat([message('2.5.1', [PID]), Buffer.from([0xff, 0xfe])]);
    const r = handleMessage(bytes, fixed);
    expect([r.outcome, r.controlId]).toEqual(['AE', 'C100']);
  });

  it.each([
    ['not HL7', Buffer.from('GET / HTTP/1.1\r\n\r\n'), undefined, /not an HL7 v2 message/],
    ['form feed before MSH', Buffer.concat([Buffer.from([0x0c]), message('2.5.1', [PID, OBR, OBX])]), undefined, /not an HL7 v2 message/],
    ['ADT', message('2.5.1', [PID], 'ADT^A01'), 'C100', /ADT is not accepted/],
    ['ORU^R30', message('2.5.1', [PID], 'ORU^R30'), 'C100', /R30/],
    ['version 2.6', message('2.6', [PID, OBR, OBX]), 'C100', /2\.6/],
    ['empty MSH-10', message('2.5.1', [PID, OBR, OBX], 'ORU^R01', 'UNICODE UTF-8', ''), undefined, /MSH-10/],
    ['unknown charset', message('2.5.1', [PID, OBR, OBX], 'ORU^R01', 'EBCDIC'), 'C100', /EBCDIC/],
  ])('%s → AR', (_name, bytes, controlId, error) => {
    const r = handleMessage(bytes, fixed);
    expect(r.outcome).toBe('AR');
    expect(r.report).toBeUndefined();
    expect(r.error).toMatch(error);
    expect(segmentsOf(r.ackText)[1]!.slice(0, 3)).toEqual(['MSA', 'AR', controlId ?? '']);
  });

  it('handles a 1 MB message with a huge field quickly', () => {
    const huge = `NTE|1|L|${'很长的备注'.repeat(70_000)}`;
    const started = performance.now();
    const r = handleMessage(message('2.5.1', [PID, OBR, huge, OBX]), fixed);
    expect(r.outcome).toBe('AA');
    expect(r.report!.orders[0]!.notes[0]).toHaveLength(350_000);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('answers an unsupported version in that version', () => {
    const r = handleMessage(message('2.6', [PID]), fixed);
    expect(segmentsOf(r.ackText)[0]![11]).toBe('2.6');
  });
});

describe('answers built from the header alone', () => {
  it('applicationError: AE 207 addressed to the sender, in its charset', () => {
    const bytes = iconv.encode('MSH|^~\\&|LIS|HOSP|XINGLIN|XL|20240105083000||ORU^R01|G7|P|2.3.1|||AL|NE||GB 18030-2000\rPID|1||M1||张三\r', 'gb18030');
    const r = applicationError(bytes, '数据库暂不可用', fixed);
    expect(r.outcome).toBe('AE');
    expect(iconv.decode(r.ack, 'gb18030')).toBe(r.ackText);
    const [msh, msa, err] = segmentsOf(r.ackText);
    expect(msh!.slice(2, 6)).toEqual(['XINGLIN', 'XL', 'LIS', 'HOSP']);
    expect(msa).toEqual(['MSA', 'AE', 'G7', '数据库暂不可用']);
    expect(err).toEqual(['ERR', '^^^207&Application internal error&HL70357']);
  });

  it('rejectMessage: AR even when the head is not HL7', () => {
    const r = rejectMessage(Buffer.from('garbage'), 'frame too large', fixed);
    expect(segmentsOf(r.ackText)[1]).toEqual(['MSA', 'AR', '', 'frame too large']);
  });

  it('takes the patient id from PID-2 when PID-3 is empty (v2.3 senders)', () => {
    const r = handleMessage(message('2.3', ['PID|1|EXT42^^^HOSP^PI||', OBR, OBX]), fixed);
    expect(r.report!.patient.identifiers).toEqual([{ value: 'EXT42', authority: 'HOSP', type: 'PI' }]);
  });
});
