import { createBlindIndex, createFieldCipher, parseKeyring, type BlindIndex, type FieldCipher } from '@xinglin/field-crypto';
import type { Config } from '../config';

/**
 * Field encryption and blind indexes, built once from config. Contexts bind a ciphertext to its column and row
 * (`table.column:rowId`), so a value copied elsewhere does not decrypt.
 */
export interface Protection {
  cipher: FieldCipher;
  index: BlindIndex;
}

export function createProtection(config: Config): Protection {
  return {
    cipher: createFieldCipher(parseKeyring(config.fieldKeys, config.fieldKeyActive)),
    index: createBlindIndex(Buffer.from(config.blindIndexKey, 'base64')),
  };
}

export const fieldContext = (table: string, column: string, rowId: string) => `${table}.${column}:${rowId}`;
