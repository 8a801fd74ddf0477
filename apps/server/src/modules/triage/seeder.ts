import type { Executor } from '../../db/client';
import { seedTriageRules as rules } from './seed';
import { insertMissingRules } from './repository';

/** Adds the demo hospital's 导诊 rules that are missing by code; needs the catalogue's departments first. */
export function seedTriageRules(tx: Executor): Promise<number> {
  return insertMissingRules(tx, rules);
}
