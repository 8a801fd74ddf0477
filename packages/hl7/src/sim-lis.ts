/** The LIS simulator: sends generated ORU^R01 messages over MLLP and counts the ACK codes. */
import { generateOru, type SimCharset, type SimVersion } from './generator';
import { MllpClient } from './net';
import { PANEL_NAMES, type PanelName } from './panels';
import { randomPatient, seededRandom, type SimPatient } from './patients';

export interface SimLisOptions {
  count: number;
  host: string;
  port: number;
  /** Fixed patient fields; what is missing is made up. */
  patient?: Partial<SimPatient>;
  panel?: PanelName | 'mixed';
  version?: SimVersion | 'mixed';
  charset?: SimCharset | 'mixed';
  seed?: number;
  abnormalRate?: number;
  /** Messages in flight at once on the one connection (ACKs still come back in order). */
  window?: number;
}

export interface SimLisSummary {
  sent: number;
  AA: number;
  AE: number;
  AR: number;
  /** ACKs without a readable MSA-1. */
  other: number;
  ms: number;
}

export async function runSimLis(options: SimLisOptions): Promise<SimLisSummary> {
  const rng = seededRandom(options.seed ?? Date.now());
  const summary: SimLisSummary = { sent: 0, AA: 0, AE: 0, AR: 0, other: 0, ms: 0 };
  const started = Date.now();
  const client = new MllpClient({ host: options.host, port: options.port });
  await client.connect();
  try {
    const pick = <T>(value: T | 'mixed' | undefined, all: readonly T[], i: number): T =>
      value === undefined || value === 'mixed' ? all[i % all.length]! : value;
    const inFlight = new Set<Promise<void>>();
    for (let i = 0; i < options.count; i++) {
      const patient = { ...randomPatient(rng), ...definedOnly(options.patient ?? {}) };
      const message = generateOru({
        patient,
        panel: pick(options.panel, PANEL_NAMES, Math.floor(rng() * PANEL_NAMES.length)),
        version: pick(options.version, ['2.5.1', '2.3.1'] as const, i),
        charset: pick(options.charset, ['UTF-8', 'GB18030'] as const, i),
        rng,
        abnormalRate: options.abnormalRate,
      });
      const sending: Promise<void> = client.send(message.bytes).then((ack) => {
        summary.sent++;
        const code = /(?:^|\r)MSA\|(A[AER])\|/.exec(ack)?.[1] as 'AA' | 'AE' | 'AR' | undefined;
        summary[code ?? 'other']++;
        inFlight.delete(sending);
      });
      inFlight.add(sending);
      if (inFlight.size >= (options.window ?? 8)) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await client.close();
  }
  summary.ms = Date.now() - started;
  return summary;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}
