// Keys come from configuration (e.g. FIELD_KEYS="k1:…,k2:…" plus FIELD_ACTIVE_KEY=k2), never from the
// database, so a database dump alone decrypts nothing. Errors name the entry by position and id and never
// echo key text, because boot errors get logged.

import { randomBytes } from 'node:crypto';
import { aes256gcm, algorithms, findAlgorithm, type FieldAlgorithm } from './algorithms';

export interface KeyEntry {
  readonly id: string;
  readonly algorithm: FieldAlgorithm;
  readonly key: Buffer;
}

export interface Keyring {
  /** The key new envelopes are written with. */
  readonly active: KeyEntry;
  get(id: string): KeyEntry | undefined;
  ids(): string[];
}

/** Key ids are written into envelopes, whose separator is '.', and into specs, which use ':' and ','. */
export const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2,3})?$/;

export function parseKeyring(spec: string, activeKeyId: string): Keyring {
  const entries = new Map<string, KeyEntry>();
  if (spec.trim() === '') throw new Error('keyring: no keys configured');
  spec.split(',').forEach((raw, index) => {
    const entry = parseEntry(raw.trim(), index + 1);
    if (entries.has(entry.id)) throw new Error(`keyring entry #${index + 1} ("${entry.id}"): duplicate key id`);
    entries.set(entry.id, entry);
  });
  const active = entries.get(activeKeyId);
  if (!active) {
    throw new Error(`keyring: active key "${activeKeyId}" is not among the configured ids (${[...entries.keys()].join(', ')})`);
  }
  return {
    active,
    get: (id) => entries.get(id),
    ids: () => [...entries.keys()],
  };
}

function parseEntry(raw: string, position: number): KeyEntry {
  const fields = raw.split(':');
  const id = fields[0] ?? '';
  // Name the entry by position always and by id only once the id is known to be a plain identifier:
  // a mangled entry might be a key pasted in the wrong place.
  const where = KEY_ID_PATTERN.test(id) ? `keyring entry #${position} ("${id}")` : `keyring entry #${position}`;
  if (raw === '') throw new Error(`${where}: empty entry`);
  if (fields.length !== 2 && fields.length !== 3) throw new Error(`${where}: expected id:base64key or id:algorithm:base64key`);
  if (!KEY_ID_PATTERN.test(id)) throw new Error(`${where}: key id must match ${String(KEY_ID_PATTERN)}`);

  const algorithmName = fields.length === 3 ? (fields[1] ?? '') : aes256gcm.id;
  const algorithm = findAlgorithm(algorithmName);
  if (!algorithm) {
    const known = Object.keys(algorithms).join(', ');
    throw new Error(`${where}: algorithm "${algorithmName}" is not available in this runtime (available: ${known})`);
  }

  const encoded = (fields.length === 3 ? fields[2] : fields[1]) ?? '';
  if (!BASE64.test(encoded)) throw new Error(`${where}: key is not valid base64`);
  const key = Buffer.from(encoded, 'base64');
  if (key.length !== algorithm.keyBytes) {
    throw new Error(`${where}: key is ${key.length} bytes, ${algorithm.id} needs ${algorithm.keyBytes}`);
  }
  return Object.freeze({ id, algorithm, key });
}

/** A fresh random keyring entry, e.g. for `FIELD_KEYS="$(existing),<this>"` when rotating. */
export function generateKeySpec(id: string, algorithmId: string = aes256gcm.id): string {
  if (!KEY_ID_PATTERN.test(id)) throw new Error(`key id must match ${String(KEY_ID_PATTERN)}`);
  const algorithm = findAlgorithm(algorithmId);
  if (!algorithm) throw new Error(`algorithm "${algorithmId}" is not available in this runtime`);
  const key = randomBytes(algorithm.keyBytes).toString('base64');
  // The default algorithm is left implicit so generated specs match the short form people write by hand.
  return algorithm === aes256gcm ? `${id}:${key}` : `${id}:${algorithm.id.toLowerCase()}:${key}`;
}
