/** Realistic ORU^R01 messages as a Chinese hospital LIS sends them, for the simulator, tests and fuzzing. */
import { encodeText, type CharsetKey } from './charset';
import type { AbnormalFlag } from './model';
import { PANELS, type PanelName, type PanelTest } from './panels';
import { escapeHl7 } from './parser';
import { fromIdNumber, type SimPatient } from './patients';
import { toHl7Timestamp } from './timestamp';

export type SimVersion = '2.5.1' | '2.3.1';
export type SimCharset = 'UTF-8' | 'GB18030';

export interface GenerateOptions {
  patient: SimPatient;
  panel: PanelName;
  version?: SimVersion;
  charset?: SimCharset;
  rng?: () => number;
  /** Share of results outside the reference range (default 0.2). */
  abnormalRate?: number;
  controlId?: string;
  now?: Date;
  facility?: string;
  doctor?: { id: string; name: string };
}

export interface GeneratedResult {
  code: string;
  name: string;
  value: string;
  flags: AbnormalFlag[];
}

export interface GeneratedMessage {
  text: string;
  bytes: Buffer;
  controlId: string;
  fillerOrderNo: string;
  results: GeneratedResult[];
}

const MSH18: Record<SimCharset, { declared: string; key: CharsetKey }> = {
  'UTF-8': { declared: 'UNICODE UTF-8', key: 'utf-8' },
  GB18030: { declared: 'GB 18030-2000', key: 'gb18030' },
};

let sequence = 0;

export function generateOru(options: GenerateOptions): GeneratedMessage {
  const rng = options.rng ?? Math.random;
  const version = options.version ?? '2.5.1';
  const charset = MSH18[options.charset ?? 'UTF-8'];
  const now = options.now ?? new Date();
  const panel = PANELS[options.panel];
  const e = (s: string) => escapeHl7(s);
  const ts = (minutesAgo: number) => toHl7Timestamp(new Date(now.getTime() - minutesAgo * 60_000));
  sequence = (sequence + 1) % 1_000_000;
  const controlId = options.controlId ?? `LIS${now.getTime().toString(36)}${sequence}`.slice(0, 20);
  const filler = `${panel.code}${ts(0).slice(0, 8)}${String(Math.floor(rng() * 1e6)).padStart(6, '0')}`;
  const placer = `ORD${String(Math.floor(rng() * 1e8)).padStart(8, '0')}`;
  const p = options.patient;
  const derived = fromIdNumber(p.idNumber);
  const doctor = options.doctor ?? { id: 'D1024', name: '李华' };
  const facility = options.facility ?? 'XLHOSP';
  const type = version === '2.5.1' ? 'ORU^R01^ORU_R01' : 'ORU^R01';

  const segments = [
    ['MSH', '^~\\&', 'LIS', facility, 'XINGLIN', facility, ts(0), '', type, controlId, 'P', version, '', '', 'AL', 'NE', '', charset.declared].join('|'),
    ['PID', '1', '', `${e(p.mrn)}^^^${facility}^MR~${e(p.idNumber)}^^^CHN^NI`, '', e(p.name), '', p.birthDate ?? derived.birthDate ?? '', p.sex ?? derived.sex ?? 'U'].join('|'),
    ['PV1', '1', 'O'].join('|'),
    ['ORC', 'RE', placer, filler, '', 'CM', '', '', '', ts(5), '', '', `${doctor.id}^${e(doctor.name)}`].join('|'),
    obr(version, placer, filler, `${panel.code}^${e(panel.name)}^L`, ts(120), ts(5), e(panel.specimen), `${doctor.id}^${e(doctor.name)}`),
  ];
  if (rng() < 0.2) segments.push(['NTE', '1', 'L', '标本轻度溶血，结果仅供参考'].join('|'));
  if (version === '2.5.1') segments.push(['SPM', '1', '', '', `${e(panel.specimen)}^${e(panel.specimen)}^L`].join('|'));
  const results: GeneratedResult[] = [];
  panel.tests.forEach((test, i) => {
    const r = resultFor(test, rng, options.abnormalRate ?? 0.2);
    results.push({ code: test.code, name: test.name, ...r });
    const valueType = test.normalText ? 'ST' : 'NM';
    segments.push(
      ['OBX', String(i + 1), valueType, `${e(test.code)}^${e(test.name)}^L`, '', e(r.value), e(test.unit ?? ''), e(test.range), r.flags.join('~'), '', '', 'F', '', '', ts(10)].join('|'),
    );
    if (r.flags.length > 0 && rng() < 0.3) segments.push(['NTE', '1', 'L', '结果已复查'].join('|'));
  });
  const text = segments.join('\r') + '\r';
  return { text, bytes: encodeText(text, charset.key), controlId, fillerOrderNo: filler, results };
}

/** OBR: 2 placer, 3 filler, 4 service, 7 collected, 15 specimen (2.3.1 only), 16 doctor, 22 released, 24 section, 25 status. */
function obr(version: SimVersion, placer: string, filler: string, service: string, collected: string, released: string, specimen: string, doctor: string): string {
  const f = Array<string>(26).fill('');
  f[0] = 'OBR';
  f[1] = '1';
  f[2] = placer;
  f[3] = filler;
  f[4] = service;
  f[7] = collected;
  if (version === '2.3.1') f[15] = specimen;
  f[16] = doctor;
  f[22] = released;
  f[24] = 'LAB';
  f[25] = 'F';
  return f.join('|');
}

function resultFor(test: PanelTest, rng: () => number, abnormalRate: number): { value: string; flags: AbnormalFlag[] } {
  const abnormal = rng() < abnormalRate;
  if (test.normalText) {
    if (!abnormal || !test.abnormalTexts?.length) return { value: test.normalText, flags: [] };
    return { value: test.abnormalTexts[Math.floor(rng() * test.abnormalTexts.length)]!, flags: ['A'] };
  }
  const d = test.decimals ?? 1;
  const { low, high } = test;
  const canGoHigh = high !== undefined;
  const canGoLow = low !== undefined && low > 0;
  if (abnormal && (canGoHigh || canGoLow)) {
    const goHigh = canGoHigh && (!canGoLow || rng() < 0.6);
    const v = goHigh ? high! * (1.1 + rng() * 0.5) : low! * (0.5 + rng() * 0.4);
    return { value: v.toFixed(d), flags: [goHigh ? 'H' : 'L'] };
  }
  const from = low ?? high! * 0.5;
  const to = high ?? low! * 1.8;
  // Stay a hair inside the range so rounding never crosses it.
  const step = 10 ** -d;
  const v = from + step + rng() * Math.max(0, to - from - 2 * step);
  return { value: v.toFixed(d), flags: [] };
}
