import { HisError, type HisBill, type HisBillItem, type InsurancePresettlement } from './types';

export interface HisClientConfig {
  baseUrl: string;
  token: string;
  timeoutMs?: number;
}

export type HisClient = ReturnType<typeof createHisClient>;

/** The HIS interface: JSON over HTTPS with a bearer token (the hospital's integration engine fronts the HIS). */
export function createHisClient(config: HisClientConfig) {
  async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    let res: Response;
    try {
      res = await fetch(`${config.baseUrl.replace(/\/+$/, '')}${path}`, {
        method, headers: { authorization: `Bearer ${config.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined, signal: AbortSignal.timeout(config.timeoutMs ?? 10_000),
      });
    } catch (err) {
      throw new HisError('NETWORK', `HIS unreachable: ${err instanceof Error ? err.message : String(err)}`);
    }
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new HisError('INVALID_RESPONSE', `HIS answered ${res.status} with non-JSON`);
    }
    if (res.status === 404) throw new HisError('NOT_FOUND', (parsed as { message?: string }).message ?? 'not found');
    if (res.status === 409) throw new HisError('CONFLICT', (parsed as { message?: string }).message ?? 'conflict');
    if (!res.ok) throw new HisError('BAD_REQUEST', `HIS answered ${res.status}`);
    return parsed as T;
  }
  return {
    /** A patient's bills, by default only the unpaid ones (门诊待缴费). */
    bills: async (patientKey: string, status: HisBill['status'] | null = 'unpaid') =>
      (await call<{ bills: HisBill[] }>('GET', `/his/v1/bills?patientKey=${encodeURIComponent(patientKey)}${status ? `&status=${status}` : ''}`)).bills,
    /** Tells the HIS the bills are paid by this order (idempotent for the same order; CONFLICT if paid by another). */
    settle: (billNos: string[], orderNo: string, transactionId: string, amountFen: number) => call<{ settled: string[] }>('POST', '/his/v1/bills/settle', { billNos, orderNo, transactionId, amountFen }),
    /** 医保移动支付 pre-settlement of items for a patient: the split, before the patient confirms. */
    presettle: (patientKey: string, items: Pick<HisBillItem, 'category' | 'amountFen' | 'insuranceClass'>[]) => call<InsurancePresettlement>('POST', '/his/v1/insurance/presettle', { patientKey, items }),
  };
}
