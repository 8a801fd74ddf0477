import { abdomenAndPelvisRules } from './abdomen-pelvis';
import { bodyAndMindRules } from './body-mind';
import { emergencyRules } from './emergency';
import { headAndChestRules } from './head-chest';
import type { SeedRule } from './types';

export type { SeedRule } from './types';

/** Every seeded 导诊 rule; codes are stable keys, so later versions add rules to older databases. */
export const seedTriageRules: SeedRule[] = [...emergencyRules, ...headAndChestRules, ...abdomenAndPelvisRules, ...bodyAndMindRules];
