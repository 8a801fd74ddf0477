import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import type { Protection } from '../../security/protection';
import { medicalCards } from '../patients/tables';
import { contentContext, type ReportContent, subjectContext } from './ingest';
import * as repo from './repository';

/** The demo patient's medical card (db/seed-patients.ts) and the PACS accession of his chest CT (integrations/imaging.ts). */
const DEMO_CARD = 'XL20240001';
const DEMO_CT_ACCESSION = 'XLCT20261101001';

type Obs = [code: string, name: string, value: number, unit: string, low: number, high: number];

const LAB: { order: string; date: string; obs: Obs[] }[] = [
  { order: 'XLLAB20260512001', date: '2026-05-12', obs: [['GLU', '空腹血糖', 6.4, 'mmol/L', 3.9, 6.1], ['TC', '总胆固醇', 5.6, 'mmol/L', 0, 5.2], ['TG', '甘油三酯', 1.6, 'mmol/L', 0, 1.7], ['ALT', '丙氨酸氨基转移酶', 32, 'U/L', 9, 50]] },
  { order: 'XLLAB20260818001', date: '2026-08-18', obs: [['GLU', '空腹血糖', 7.1, 'mmol/L', 3.9, 6.1], ['TC', '总胆固醇', 5.3, 'mmol/L', 0, 5.2], ['TG', '甘油三酯', 1.9, 'mmol/L', 0, 1.7], ['ALT', '丙氨酸氨基转移酶', 41, 'U/L', 9, 50]] },
  { order: 'XLLAB20261103001', date: '2026-11-03', obs: [['GLU', '空腹血糖', 5.8, 'mmol/L', 3.9, 6.1], ['TC', '总胆固醇', 4.9, 'mmol/L', 0, 5.2], ['TG', '甘油三酯', 1.5, 'mmol/L', 0, 1.7], ['ALT', '丙氨酸氨基转移酶', 28, 'U/L', 9, 50]] },
];

const flagOf = (v: number, low: number, high: number) => (v > high ? ['H'] : v < low ? ['L'] : ['N']);

/**
 * Demo results for 张伟 so the report pages, the trend chart and the key images have something to show: three
 * biochemistry panels (blood glucose drifting up and back) and a chest CT whose study the simulator PACS holds.
 * Idempotent by (facility, filler order): safe on every start, a no-op when the demo patient is absent.
 */
export async function seedDemoReports(tx: Tx, protection: Protection, now: Date): Promise<number> {
  const [card] = await tx.select({ patientId: medicalCards.patientId }).from(medicalCards).where(eq(medicalCards.cardNo, DEMO_CARD));
  if (!card) return 0;
  const subject = JSON.stringify({ identifiers: [{ value: DEMO_CARD, type: 'MR' }], name: '张伟', birthDate: '1986-04-12', sex: 'M' });
  let stored = 0;
  const insert = async (fillerOrderNo: string, at: Date, fields: { kind: string; code: string; name: string; specimen: string | null; serviceSection: string; modality: string | null }, content: ReportContent) => {
    const id = crypto.randomUUID();
    const row = await repo.insertReportIfNew(tx, {
      id, patientId: card.patientId, source: 'hl7v2', sendingFacility: 'XLH', fillerOrderNo, placerOrderNo: null, messageId: `DEMO-${fillerOrderNo}`, status: 'ready',
      ...fields, resultStatus: 'F', orderingDoctor: '王建国', collectedAt: at, releasedAt: new Date(at.getTime() + 4 * 3600_000), studyInstanceUid: null,
      subjectEnc: protection.cipher.encrypt(subject, subjectContext(id)), contentEnc: protection.cipher.encrypt(JSON.stringify(content), contentContext(id)),
      version: 1, receivedAt: now, updatedAt: now,
    });
    if (row) stored++;
    return row;
  };
  for (const lab of LAB) {
    const row = await insert(lab.order, new Date(`${lab.date}T08:00:00+08:00`), { kind: 'lab', code: 'BIO', name: '生化检验', specimen: '静脉血', serviceSection: 'LAB', modality: null }, { notes: [], findings: null, impression: null });
    if (!row) continue;
    await repo.insertObservations(tx, lab.obs.map(([code, name, value, unit, low, high], i) => ({
      reportId: row.id, seq: i + 1, valueType: 'NM', code, name, codeSystem: 'L', value: String(value), numeric: value, comparator: null, unit,
      referenceRange: low > 0 ? `${low}-${high}` : `<${high}`, referenceLow: low > 0 ? low : null, referenceHigh: high, flags: flagOf(value, low, high), status: 'F', observedAt: null, notes: [],
    })));
  }
  await insert(DEMO_CT_ACCESSION, new Date('2026-11-01T09:30:00+08:00'), { kind: 'imaging', code: 'CT-CHEST', name: '胸部CT平扫', specimen: null, serviceSection: 'CT', modality: 'CT' }, {
    notes: [],
    findings: '双肺纹理清晰，右肺上叶可见一约4mm磨玻璃小结节，边界清楚。纵隔未见肿大淋巴结，心影大小正常。',
    impression: '右肺上叶微小磨玻璃结节，建议12个月后低剂量CT复查。',
  });
  return stored;
}
