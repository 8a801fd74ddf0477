import type { AbnormalFlag, ReportOrder } from '@xinglin/hl7';

/** Pure rules of the reports context: statuses, kinds, how abnormal values are shown and explained. */

export type ReportStatus = 'pending' | 'ready' | 'corrected';

/** OBR-25: F final, C corrected (replaces the earlier version), anything else is not ready for patients yet. */
export function statusOf(resultStatus: string | undefined): ReportStatus {
  const s = (resultStatus ?? 'F').toUpperCase();
  if (s === 'C') return 'corrected';
  if (s === 'F' || s === '') return 'ready';
  return 'pending';
}

export const isReadable = (status: string): boolean => status === 'ready' || status === 'corrected';

const IMAGING_SECTIONS = new Set(['RAD', 'CT', 'MR', 'MRI', 'US', 'NMR', 'NMS', 'XA', 'DX', 'CR', 'RX', 'NM', 'PT', 'MG', 'ES', 'EUS', 'VUS']);

export function kindOf(order: Pick<ReportOrder, 'imaging' | 'serviceSection'>): 'lab' | 'imaging' {
  if (order.imaging && (order.imaging.findings || order.imaging.impression || order.imaging.studyInstanceUid)) return 'imaging';
  return IMAGING_SECTIONS.has((order.serviceSection ?? '').toUpperCase()) ? 'imaging' : 'lab';
}

/** Flags as sent; when the sender gave none, derived from a numeric value and its numeric range. */
export function effectiveFlags(o: { flags: string[]; numeric: number | null; referenceLow: number | null; referenceHigh: number | null }): string[] {
  if (o.flags.length > 0) return o.flags;
  if (o.numeric === null) return [];
  if (o.referenceHigh !== null && o.numeric > o.referenceHigh) return ['H'];
  if (o.referenceLow !== null && o.numeric < o.referenceLow) return ['L'];
  return [];
}

export interface FlagPresentation {
  abnormal: boolean;
  direction: 'high' | 'low' | 'abnormal' | null;
  arrow: '↑' | '↓' | '';
  flagText: string;
}

/** Arrow and words for a line, so colour is never the only signal. */
export function presentFlags(flags: readonly string[]): FlagPresentation {
  const has = (f: AbnormalFlag) => flags.includes(f);
  if (has('HH')) return { abnormal: true, direction: 'high', arrow: '↑', flagText: '危急偏高' };
  if (has('LL')) return { abnormal: true, direction: 'low', arrow: '↓', flagText: '危急偏低' };
  if (has('H')) return { abnormal: true, direction: 'high', arrow: '↑', flagText: '偏高' };
  if (has('L')) return { abnormal: true, direction: 'low', arrow: '↓', flagText: '偏低' };
  if (has('A')) return { abnormal: true, direction: 'abnormal', arrow: '', flagText: '异常' };
  return { abnormal: false, direction: null, arrow: '', flagText: '' };
}

interface HintRule {
  codes: string[];
  /** Chinese names the analyte goes by, matched as substrings when the code is a local one. */
  names: string[];
  high?: string;
  low?: string;
  abnormal?: string;
}

const SEE_DOCTOR = '请结合临床，必要时咨询医生。';

/** Short plain-language notes for the common analytes; not a diagnosis, a pointer for the conversation with a doctor. */
const HINTS: HintRule[] = [
  { codes: ['GLU', 'FPG', 'GLUC'], names: ['空腹血糖', '葡萄糖', '血糖'], high: '血糖偏高，可能与饮食、未空腹或糖代谢异常有关。', low: '血糖偏低，可能出现心慌、出汗，注意按时进食。' },
  { codes: ['HBA1C', 'A1C'], names: ['糖化血红蛋白'], high: '糖化血红蛋白反映近 2–3 个月平均血糖，偏高提示血糖控制欠佳。' },
  { codes: ['ALT', 'GPT'], names: ['丙氨酸氨基转移酶', '谷丙转氨酶'], high: '转氨酶偏高，常见于饮酒、脂肪肝、药物或肝脏炎症。' },
  { codes: ['AST', 'GOT'], names: ['天门冬氨酸氨基转移酶', '谷草转氨酶'], high: '转氨酶偏高，可能与肝脏或肌肉损伤、剧烈运动有关。' },
  { codes: ['TBIL'], names: ['总胆红素'], high: '胆红素偏高，可能与肝胆疾病或溶血有关，皮肤或眼白发黄时尽快就医。' },
  { codes: ['TC', 'CHOL'], names: ['总胆固醇'], high: '胆固醇偏高，建议少吃高脂食物、适量运动。' },
  { codes: ['TG', 'TRIG'], names: ['甘油三酯'], high: '甘油三酯偏高，常与饮食油腻、饮酒、体重有关。' },
  { codes: ['LDL', 'LDL-C', 'LDLC'], names: ['低密度脂蛋白'], high: '“坏胆固醇”偏高，会增加心脑血管风险。' },
  { codes: ['HDL', 'HDL-C', 'HDLC'], names: ['高密度脂蛋白'], low: '“好胆固醇”偏低，规律运动有助于改善。' },
  { codes: ['WBC'], names: ['白细胞'], high: '白细胞偏高，常见于感染或炎症。', low: '白细胞偏低，抵抗力可能下降，注意预防感染。' },
  { codes: ['RBC'], names: ['红细胞计数'], low: '红细胞偏低，可能提示贫血。', high: '红细胞偏高，可能与脱水、缺氧等有关。' },
  { codes: ['HGB', 'HB'], names: ['血红蛋白'], low: '血红蛋白偏低，提示可能贫血，容易乏力、头晕。', high: '血红蛋白偏高，可能与脱水或高原居住等有关。' },
  { codes: ['PLT'], names: ['血小板'], low: '血小板偏低，注意有无出血倾向，如牙龈出血、皮肤瘀斑。', high: '血小板偏高，可能与炎症或骨髓增生有关。' },
  { codes: ['CREA', 'CR', 'SCR'], names: ['肌酐'], high: '肌酐偏高，可能提示肾功能减退，也受肌肉量、饮食影响。' },
  { codes: ['UA', 'URIC'], names: ['尿酸'], high: '尿酸偏高，少吃海鲜、动物内脏，少喝啤酒，多喝水。' },
  { codes: ['BUN', 'UREA'], names: ['尿素'], high: '尿素偏高，可能与肾功能、高蛋白饮食或脱水有关。' },
  { codes: ['K'], names: ['钾'], high: '血钾偏高，可能影响心律，请尽快联系医生。', low: '血钾偏低，可能出现乏力、心律不齐。' },
  { codes: ['NA'], names: ['钠'], high: '血钠偏高，多与脱水有关。', low: '血钠偏低，可能出现乏力、恶心。' },
  { codes: ['PRO', 'UPRO'], names: ['尿蛋白'], high: '尿蛋白阳性，可能与肾脏问题有关，也可因剧烈运动、发热暂时出现。', abnormal: '尿蛋白阳性，可能与肾脏问题有关，建议复查。' },
  { codes: ['BLD', 'ERY'], names: ['尿潜血', '隐血'], high: '尿潜血阳性，可能与泌尿系统炎症、结石或女性经期有关。', abnormal: '尿潜血阳性，可能与泌尿系统炎症、结石或女性经期有关。' },
  { codes: ['UGLU', 'GLU-U'], names: ['尿糖', '尿葡萄糖'], high: '尿糖阳性，常与血糖偏高有关。', abnormal: '尿糖阳性，常与血糖偏高有关。' },
];

export function hintFor(code: string, name: string, direction: FlagPresentation['direction']): string | null {
  if (!direction) return null;
  const upper = code.toUpperCase();
  // Exact code first, so 尿糖 (UGLU) never takes the blood glucose note.
  const rule = HINTS.find((r) => r.codes.includes(upper)) ?? HINTS.find((r) => r.names.some((n) => name.includes(n)));
  const text = rule && (direction === 'high' ? rule.high : direction === 'low' ? rule.low : (rule.abnormal ?? rule.high));
  return text ? `${text}${SEE_DOCTOR}` : null;
}

/** Identifier values shown to staff in the unmatched queue: enough to compare, not enough to copy. */
export function maskIdentifier(value: string): string {
  if (value.length <= 4) return '*'.repeat(value.length);
  const keep = value.length >= 15 ? 4 : 2;
  return `${value.slice(0, keep)}${'*'.repeat(value.length - 2 * keep)}${value.slice(-keep)}`;
}

/** "张三" → "张*", "欧阳娜娜" → "欧***": what a share link shows of the patient. */
export function maskPersonName(name: string): string {
  const chars = [...name];
  return chars.length <= 1 ? name : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}
