import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { generateOru } from './generator';
import { handleMessage } from './handle';
import { PANEL_NAMES, PANELS } from './panels';
import { fromIdNumber, idCheckDigit, randomPatient, seededRandom } from './patients';
import { reportProblems } from './validate';

const patient = { name: '张三', idNumber: '110105199003071234', mrn: 'MR00012345' };

describe('generateOru', () => {
  it('every panel, version and charset round-trips through handleMessage with the generated values', () => {
    const rng = seededRandom(7);
    for (const panel of PANEL_NAMES) {
      for (const version of ['2.5.1', '2.3.1'] as const) {
        for (const charset of ['UTF-8', 'GB18030'] as const) {
          const g = generateOru({ patient, panel, version, charset, rng, abnormalRate: 0.5 });
          const r = handleMessage(g.bytes);
          expect(r.outcome, r.error).toBe('AA');
          const report = r.report!;
          expect(reportProblems(report)).toEqual([]);
          expect(report).toMatchObject({ messageId: g.controlId, version });
          expect(report.patient).toEqual({
            identifiers: [
              { value: 'MR00012345', authority: 'XLHOSP', type: 'MR' },
              { value: '110105199003071234', authority: 'CHN', type: 'NI' },
            ],
            name: '张三',
            birthDate: '1990-03-07',
            sex: 'M',
          });
          const order = report.orders[0]!;
          expect(order).toMatchObject({ code: PANELS[panel].code, name: PANELS[panel].name, specimen: PANELS[panel].specimen, fillerOrderNo: g.fillerOrderNo, orderingDoctor: '李华' });
          expect(order.observations.map((o) => ({ code: o.code, name: o.name, value: o.value, flags: o.flags }))).toEqual(g.results);
        }
      }
    }
  });

  it('flags agree with the reference ranges the message carries', () => {
    const rng = seededRandom(11);
    let abnormal = 0;
    for (let i = 0; i < 200; i++) {
      const g = generateOru({ patient: randomPatient(rng), panel: PANEL_NAMES[i % PANEL_NAMES.length]!, rng });
      for (const o of handleMessage(g.bytes).report!.orders[0]!.observations) {
        if (o.numeric === undefined) continue;
        const high = o.referenceHigh !== undefined && o.numeric > o.referenceHigh;
        const low = o.referenceLow !== undefined && o.numeric < o.referenceLow;
        expect(o.flags, `${o.code} ${o.value} ${o.referenceRange}`).toEqual(high ? ['H'] : low ? ['L'] : []);
        if (high || low) abnormal++;
      }
    }
    expect(abnormal).toBeGreaterThan(50);
  });

  it('GB18030 messages are really GB18030 on the wire', () => {
    const g = generateOru({ patient, panel: 'GLU', charset: 'GB18030', rng: seededRandom(1) });
    expect(g.bytes.includes(Buffer.from('空腹血糖', 'utf8'))).toBe(false);
    expect(g.bytes.includes(iconv.encode('空腹血糖', 'gb18030'))).toBe(true);
    expect(g.text).toContain('|GB 18030-2000');
  });
});

describe('synthetic patients', () => {
  it('have valid ID check digits and consistent birth date and sex', () => {
    expect(idCheckDigit('11010519491231002')).toBe('X');
    const rng = seededRandom(3);
    for (let i = 0; i < 50; i++) {
      const p = randomPatient(rng);
      expect(p.idNumber.at(-1)).toBe(idCheckDigit(p.idNumber.slice(0, 17)));
      expect(fromIdNumber(p.idNumber)).toEqual({ birthDate: p.birthDate, sex: p.sex });
    }
  });
});
