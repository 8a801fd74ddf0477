import { and, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { AppError, badRequest, conflict } from '../../errors';
import { requestHash } from './domain';
import { idempotencyKeys } from './tables';

const KEY = /^[A-Za-z0-9_.:-]{8,128}$/;

export function requireKey(key: string | string[] | undefined): string {
  const k = Array.isArray(key) ? key[0] : key;
  if (!k || !KEY.test(k)) throw badRequest('IDEMPOTENCY_KEY_REQUIRED', '缺少或无效的 Idempotency-Key 请求头（8–128 位字母数字）', 'Missing or invalid Idempotency-Key header (8–128 letters, digits, _ . : -)');
  return k;
}

export interface Stored {
  statusCode: number;
  response: unknown;
}

/**
 * Idempotency-Key: the first request with a key runs; a repeat with the same body gets the first answer, with
 * another body 422. `run` gets the transaction holding the key and its answer is stored there; a run that throws
 * rolls the claim back, so the key can be used again.
 */
export async function idempotent(db: Db, accountId: string, key: string, scope: string, body: unknown, at: Date, run: (tx: Tx) => Promise<Stored>): Promise<Stored> {
  const hash = requestHash(scope, body);
  return db.transaction(async (tx) => {
    const [claimed] = await tx.insert(idempotencyKeys).values({ accountId, key, requestHash: hash, createdAt: at }).onConflictDoNothing().returning();
    if (!claimed) {
      const [prior] = await tx.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.accountId, accountId), eq(idempotencyKeys.key, key)));
      if (!prior || prior.requestHash !== hash) {
        throw new AppError('IDEMPOTENCY_KEY_REUSED', 422, '该 Idempotency-Key 已用于另一个请求', 'This Idempotency-Key was already used for a different request');
      }
      if (prior.statusCode === null) throw conflict('IDEMPOTENCY_IN_PROGRESS', '相同的请求正在处理中，请稍后重试', 'The same request is still being processed; retry shortly');
      return { statusCode: prior.statusCode, response: prior.response };
    }
    const result = await run(tx);
    await tx.update(idempotencyKeys).set({ statusCode: result.statusCode, response: result.response }).where(and(eq(idempotencyKeys.accountId, accountId), eq(idempotencyKeys.key, key)));
    return result;
  });
}

/** For requests that call a channel between two transactions: claim (or replay) first, store the answer after. */
export async function claimKey(db: Db, accountId: string, key: string, scope: string, body: unknown, at: Date): Promise<Stored | null> {
  const hash = requestHash(scope, body);
  return db.transaction(async (tx) => {
    const [claimed] = await tx.insert(idempotencyKeys).values({ accountId, key, requestHash: hash, createdAt: at }).onConflictDoNothing().returning();
    if (claimed) return null;
    const [prior] = await tx.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.accountId, accountId), eq(idempotencyKeys.key, key)));
    if (!prior || prior.requestHash !== hash) throw new AppError('IDEMPOTENCY_KEY_REUSED', 422, '该 Idempotency-Key 已用于另一个请求', 'This Idempotency-Key was already used for a different request');
    if (prior.statusCode === null) throw conflict('IDEMPOTENCY_IN_PROGRESS', '相同的请求正在处理中，请稍后重试', 'The same request is still being processed; retry shortly');
    return { statusCode: prior.statusCode, response: prior.response };
  });
}

export async function storeAnswer(db: Db, accountId: string, key: string, answer: Stored | null): Promise<void> {
  await db.transaction(async (tx) => {
    const where = and(eq(idempotencyKeys.accountId, accountId), eq(idempotencyKeys.key, key), isNull(idempotencyKeys.statusCode));
    if (answer) await tx.update(idempotencyKeys).set({ statusCode: answer.statusCode, response: answer.response }).where(where);
    else await tx.delete(idempotencyKeys).where(where);
  });
}
