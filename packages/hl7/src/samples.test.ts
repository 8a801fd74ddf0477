/**
 * Real messages published by others (NIST, Cerner, athenahealth), kept in the project's shared/ folder beside the
 * repository. Their README names no licence, so they are read in place rather than copied; skipped when absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { handleMessage } from './handle';
import { reportProblems } from './validate';

const DIR = fileURLToPath(new URL('../../../../shared/data/hl7/', import.meta.url));
const read = (name: string) => readFileSync(DIR + name);

describe.skipIf(!existsSync(DIR))('public HL7 v2 samples', () => {
  it('NIST ELR lead: NM result with a free-text range, flag H, SPM specimen, offsets kept', () => {
    const r = handleMessage(read('nist-oru-r01-2.5.1-lead.hl7'));
    expect(r.outcome).toBe('AA');
    const report = r.report!;
    expect(reportProblems(report)).toEqual([]);
    expect(report).toMatchObject({ messageId: 'NIST-100929110701660', sendingApplication: 'EHR Application', sendingFacility: 'EHR Facility', version: '2.5.1' });
    expect(report.patient).toEqual({
      identifiers: [{ value: '9817566735', authority: 'MPI', type: 'MR' }],
      name: 'Philip Johnson',
      birthDate: '2007-05-26',
      sex: 'M',
    });
    const order = report.orders[0]!;
    expect(order).toMatchObject({
      fillerOrderNo: '9700123',
      code: '10368-9',
      name: 'Lead BldC-mCnc',
      specimen: 'Capillary blood specimen',
      collectedAt: '2008-08-15T10:30:00-07:00',
      releasedAt: '2008-08-18T18:00:00-07:00',
      orderingDoctor: 'Alan Admit',
      resultStatus: 'F',
    });
    expect(order.observations).toEqual([
      expect.objectContaining({
        valueType: 'NM',
        code: '10368-9',
        codeSystem: 'LN',
        value: '50',
        numeric: 50,
        unit: 'ug/dL',
        referenceRange: '<9 mcg/dL:  Acceptable background lead exposure',
        referenceHigh: 9,
        flags: ['H'],
        status: 'F',
        observedAt: '2008-08-15T10:30:00-07:00',
      }),
    ]);
    expect(r.ackText).toContain('MSA|AA|NIST-100929110701660|');
  });

  it('Cerner culture: CE result, repeating OBR-31, SPM then OBX, subcomponent authority', () => {
    const r = handleMessage(read('cerner-oru-r01-2.5.1-culture.hl7'));
    expect(r.outcome).toBe('AA');
    const report = r.report!;
    expect(report.patient.identifiers).toEqual([{ value: '9339683996', authority: 'Baseline West MC', type: 'MR' }]);
    expect(report.patient).toMatchObject({ name: 'Paul One Miller', birthDate: '2005-07-15', sex: 'M' });
    const order = report.orders[0]!;
    expect(order).toMatchObject({
      fillerOrderNo: '2010273000016',
      code: '548-8',
      name: 'Culture Sputum',
      specimen: 'Sputum',
      serviceSection: 'MB',
      orderingDoctor: 'Kyle Harrison',
      collectedAt: '2010-11-04T16:40:00+08:00',
    });
    expect(order.observations.map((o) => [o.valueType, o.value, o.flags, o.status])).toEqual([['CE', 'Bordetella pertussis', ['A'], 'F']]);
  });

  it('athenahealth: LF-separated segments, NTE on the patient, TQ1, an order without OBX (status C)', () => {
    const bytes = read('athena-oru-r01-2.5.1-lf-separated.hl7');
    expect(bytes.includes(0x0d)).toBe(false);
    const r = handleMessage(bytes);
    expect(r.outcome).toBe('AA');
    const report = r.report!;
    expect(report.patient.identifiers.map((i) => `${i.type}:${i.value}`)).toEqual(['MR:V001047', 'XX:T00001059', 'AN:V00018739']);
    expect(report.patient).toMatchObject({ name: 'michael test', birthDate: '1987-07-11', sex: 'M' });
    expect(report.orders).toEqual([
      expect.objectContaining({
        placerOrderNo: '1618-1',
        fillerOrderNo: '1023:RC00001R-1',
        code: 'AMY',
        name: 'AMYLASE',
        collectedAt: '2014-10-23T13:22:00-06:00',
        releasedAt: '2014-10-23T13:32:00-06:00',
        orderingDoctor: 'JOHN SMITH',
        resultStatus: 'C',
        observations: [],
        notes: [],
      }),
    ]);
    // Processing id D (debugging) is echoed in the ACK.
    expect(r.ackText.split('\r')[0]!.split('|')[10]).toBe('D');
  });
});
