import { randomBytes, randomInt } from 'node:crypto';
import { startSimulatorServer, type SimulatorRequest, type SimulatorResponse } from '@xinglin/sim-http';
import { CHARGE_CATALOGUE, item, presettle } from './pricing';
import type { HisBill, HisBillItem } from './types';

export interface HisSimulatorOptions {
  /** Bearer token the simulator accepts; the client must send it. */
  token: string;
  now?: () => Date;
}

export interface HisSimulator {
  url: string;
  /**
   * A doctor finishes an outpatient visit: the HIS issues its bills (exam requests, lab tests, prescriptions,
   * treatments), realistic and itemised. Codes pick exact items; otherwise a plausible random mix.
   */
  finishVisit(patientKey: string, opts?: { department?: string; doctor?: string; bills?: { title: string; codes: [string, number][] }[] }): HisBill[];
  /** Insurance status of a patient for pre-settlement; unknown patients are uninsured. */
  setInsured(patientKey: string, insured: { accountBalanceFen: number; deductibleLeftFen: number } | null): void;
  bills(): HisBill[];
  close(): Promise<void>;
}

const json = (status: number, body: unknown): SimulatorResponse => ({ status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) });
const no = (prefix: string) => `${prefix}${Date.now().toString(36).toUpperCase()}${randomBytes(3).toString('hex').toUpperCase()}`;

function randomBills(): { title: string; codes: [string, number][] }[] {
  const pick = (cat: string) => CHARGE_CATALOGUE.filter((c) => c.category === cat)[randomInt(0, CHARGE_CATALOGUE.filter((c) => c.category === cat).length)]!.code;
  return [
    { title: '检验申请单', codes: [[pick('laboratory'), 1], [pick('laboratory'), 1]] },
    { title: '检查申请单', codes: [[pick('examination'), 1]] },
    { title: '西药处方', codes: [[pick('medicine'), randomInt(1, 4)], [pick('medicine'), 1]] },
  ];
}

/** A small HIS: outpatient bills (门诊待缴费单) and insurance pre-settlement, JSON over loopback HTTP. */
export async function createHisSimulator(opts: HisSimulatorOptions): Promise<HisSimulator> {
  const now = opts.now ?? (() => new Date());
  const bills = new Map<string, HisBill>();
  const insured = new Map<string, { accountBalanceFen: number; deductibleLeftFen: number }>();

  const merge = (items: HisBillItem[]) => {
    const byCode = new Map<string, HisBillItem>();
    for (const i of items) {
      const prev = byCode.get(i.code);
      byCode.set(i.code, prev ? { ...prev, quantity: prev.quantity + i.quantity, amountFen: prev.amountFen + i.amountFen } : i);
    }
    return [...byCode.values()];
  };

  async function handle(req: SimulatorRequest): Promise<SimulatorResponse> {
    if (req.headers.authorization !== `Bearer ${opts.token}`) return json(401, { code: 'UNAUTHORIZED', message: 'bad interface token' });
    const url = new URL(req.path, 'http://his');
    const body = req.body ? (JSON.parse(req.body) as Record<string, unknown>) : {};
    if (req.method === 'GET' && url.pathname === '/his/v1/bills') {
      const key = url.searchParams.get('patientKey');
      const status = url.searchParams.get('status');
      return json(200, { bills: [...bills.values()].filter((b) => b.patientKey === key && (!status || b.status === status)) });
    }
    if (req.method === 'POST' && url.pathname === '/his/v1/bills/settle') {
      const billNos = body.billNos as string[];
      const found = billNos.map((n) => bills.get(n));
      if (found.some((b) => !b)) return json(404, { code: 'NOT_FOUND', message: 'unknown bill' });
      const paidElsewhere = found.find((b) => b!.status !== 'unpaid' && b!.paidOrderNo !== body.orderNo);
      if (paidElsewhere) return json(409, { code: 'CONFLICT', message: `bill ${paidElsewhere.billNo} is ${paidElsewhere.status}` });
      for (const b of found) Object.assign(b!, { status: 'paid', paidOrderNo: body.orderNo as string });
      return json(200, { settled: billNos });
    }
    if (req.method === 'POST' && url.pathname === '/his/v1/insurance/presettle') {
      const items = body.items as HisBillItem[];
      return json(200, presettle(items, insured.get(body.patientKey as string) ?? null, no('YB')));
    }
    return json(404, { code: 'NOT_FOUND', message: `${req.method} ${url.pathname}` });
  }

  const server = await startSimulatorServer({ handle });
  return {
    url: server.url,
    finishVisit(patientKey, o = {}) {
      const visitNo = no('MZ');
      return (o.bills ?? randomBills()).map((spec) => {
        const items = merge(spec.codes.map(([code, q]) => item(code, q)));
        const bill: HisBill = {
          billNo: no('CF'), visitNo, patientKey, department: o.department ?? '呼吸内科', doctor: o.doctor ?? '王医生', title: spec.title,
          items, totalFen: items.reduce((s, i) => s + i.amountFen, 0), status: 'unpaid', createdAt: now().toISOString(),
        };
        bills.set(bill.billNo, bill);
        return bill;
      });
    },
    setInsured: (key, v) => void (v ? insured.set(key, v) : insured.delete(key)),
    bills: () => [...bills.values()],
    close: () => server.close(),
  };
}
