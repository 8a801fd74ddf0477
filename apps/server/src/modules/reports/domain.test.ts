import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors';
import { effectiveFlags, hintFor, kindOf, maskIdentifier, maskPersonName, presentFlags, statusOf } from './domain';
import { BundleProblem, bundleToInbound } from './fhir-bundle';
import { applicationError, processHl7 } from './mllp-listener';
import { createShareTokens } from './share-token';
import { labOru } from './test-messages';

const log = { warn: () => undefined, error: () => undefined };

describe('reports domain', () => {
  it('maps OBR-25 to the patient-facing status', () => {
    expect([statusOf('F'), statusOf(undefined), statusOf('C'), statusOf('P'), statusOf('I')]).toEqual(['ready', 'ready', 'corrected', 'pending', 'pending']);
  });

  it('tells imaging from lab by content or service section', () => {
    expect(kindOf({ serviceSection: 'CT' })).toBe('imaging');
    expect(kindOf({ serviceSection: 'LAB' })).toBe('lab');
    expect(kindOf({ imaging: { impression: '未见异常' } })).toBe('imaging');
  });

  it('shows abnormal values with an arrow and words, derives flags from the range when none were sent', () => {
    expect(presentFlags(['HH'])).toEqual({ abnormal: true, direction: 'high', arrow: '↑', flagText: '危急偏高' });
    expect(presentFlags(['L'])).toMatchObject({ arrow: '↓', flagText: '偏低' });
    expect(presentFlags(['A'])).toMatchObject({ abnormal: true, arrow: '', flagText: '异常' });
    expect(presentFlags(['N'])).toMatchObject({ abnormal: false, flagText: '' });
    expect(effectiveFlags({ flags: [], numeric: 7, referenceLow: 3.9, referenceHigh: 6.1 })).toEqual(['H']);
    expect(effectiveFlags({ flags: [], numeric: 5, referenceLow: 3.9, referenceHigh: 6.1 })).toEqual([]);
    expect(effectiveFlags({ flags: ['N'], numeric: 7, referenceLow: 3.9, referenceHigh: 6.1 })).toEqual(['N']);
  });

  it('explains common analytes by code first, then by Chinese name, and only when abnormal', () => {
    expect(hintFor('GLU', '空腹血糖', 'high')).toContain('血糖偏高');
    expect(hintFor('X-LOCAL-7', '空腹血糖(酶法)', 'low')).toContain('血糖偏低');
    expect(hintFor('UGLU', '尿糖', 'abnormal')).toContain('尿糖阳性');
    expect(hintFor('GLU', '空腹血糖', null)).toBeNull();
    expect(hintFor('ZZZ', '罕见项目', 'high')).toBeNull();
  });

  it('masks identifiers and names', () => {
    expect(maskIdentifier('110105199001011234')).toBe('1101**********1234');
    expect(maskIdentifier('C12345')).toBe('C1**45');
    expect(maskPersonName('欧阳娜娜')).toBe('欧***');
  });
});

describe('share tokens', () => {
  const tokens = createShareTokens('x'.repeat(40));
  const id = crypto.randomUUID();

  it('round-trips a share id and refuses altered, foreign or malformed tokens', () => {
    const token = tokens.sign(id);
    expect(tokens.verify(token)).toBe(id);
    const flipped = `${token[0] === 'A' ? 'B' : 'A'}${token.slice(1)}`;
    expect(tokens.verify(flipped)).toBeNull();
    expect(createShareTokens('y'.repeat(40)).verify(token)).toBeNull();
    expect(tokens.verify('short')).toBeNull();
    expect(tokens.verify(`${token}A`)).toBeNull();
  });
});

describe('MLLP acknowledgement after storing', () => {
  const bytes = Buffer.from(labOru({ controlId: 'AE-1', idNumber: '110105199001011234' }));

  it('answers AA only once the ingest resolved', async () => {
    const ack = (await processHl7({ ingest: async () => ({ outcome: 'stored', reportIds: [], patientId: null }) }, bytes, log)).toString();
    expect(ack).toMatch(/\rMSA\|AA\|AE-1/);
  });

  it('turns AA into AE with the reason when the database refuses the message', async () => {
    const ack = (await processHl7({ ingest: () => Promise.reject(new Error('connection terminated')) }, bytes, log)).toString();
    expect(ack).toMatch(/\rMSA\|AE\|AE-1\|The result could not be stored; send it again\r/);
    expect(ack).toMatch(/\rERR\|\|MSH\^1\|207\^Application internal error\^HL70357\|E/);
    expect(ack).not.toContain('connection terminated');
    const invalid = (await processHl7({ ingest: () => Promise.reject(new AppError('REPORT_INVALID', 422, '无', 'The message has no order')) }, bytes, log)).toString();
    expect(invalid).toMatch(/MSA\|AE\|AE-1\|The message has no order/);
  });

  it('keeps the v2.3 ERR layout for old senders', () => {
    const ack = Buffer.from('MSH|^~\\&|XINGLIN|XLH|LIS|XLH|20261120||ACK^R01|A1|P|2.3\rMSA|AA|M1|Message accepted\r');
    expect(applicationError(ack, 'no').toString()).toBe('MSH|^~\\&|XINGLIN|XLH|LIS|XLH|20261120||ACK^R01|A1|P|2.3\rMSA|AE|M1|no\rERR|MSH^1^^207&Application internal error&HL70357\r');
  });
});

describe('FHIR Bundle mapping', () => {
  it('names what is missing', () => {
    const cases: [unknown, RegExp][] = [
      [null, /not a FHIR Bundle/],
      [{ resourceType: 'Bundle', type: 'history' }, /transaction or collection/],
      [{ resourceType: 'Bundle', type: 'collection' }, /Bundle.id/],
      [{ resourceType: 'Bundle', id: 'b', type: 'collection', entry: [{ resource: { resourceType: 'Patient' } }] }, /no DiagnosticReport/],
      [{ resourceType: 'Bundle', id: 'b', type: 'collection', entry: [{ resource: { resourceType: 'Patient' } }, { resource: { resourceType: 'DiagnosticReport' } }] }, /code is required/],
    ];
    for (const [body, message] of cases) expect(() => bundleToInbound(body)).toThrow(message);
    expect(() => bundleToInbound(null)).toThrow(BundleProblem);
  });

  it('reads SN comparators, coded values and interpretations', () => {
    const inbound = bundleToInbound({
      resourceType: 'Bundle',
      id: 'b',
      type: 'collection',
      entry: [
        { resource: { resourceType: 'Patient', name: [{ family: 'Smith', given: ['Anna'] }], birthDate: '1980-02-03' } },
        { resource: { resourceType: 'DiagnosticReport', status: 'corrected', code: { coding: [{ code: 'U' }] } } },
        { resource: { resourceType: 'Observation', code: { coding: [{ code: 'CRP' }] }, valueQuantity: { value: 10, comparator: '>', unit: 'mg/L' }, interpretation: [{ coding: [{ code: 'HU' }] }] } },
        { resource: { resourceType: 'Observation', code: { coding: [{ code: 'PRO' }] }, valueCodeableConcept: { coding: [{ code: 'POS', display: '阳性' }] }, interpretation: [{ coding: [{ code: 'POS' }] }] } },
      ],
    });
    expect(inbound.patient).toMatchObject({ name: 'Anna Smith', birthDate: '1980-02-03' });
    expect(inbound.orders[0]!.resultStatus).toBe('C');
    expect(inbound.orders[0]!.observations.map((o) => [o.valueType, o.value, o.comparator, o.flags])).toEqual([
      ['SN', '>10', '>', ['HH']],
      ['CWE', '阳性', undefined, ['A']],
    ]);
  });
});
