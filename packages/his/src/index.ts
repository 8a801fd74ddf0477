export { createHisClient, type HisClient, type HisClientConfig } from './client';
export { createHisSimulator, type HisSimulator, type HisSimulatorOptions } from './simulator';
export { CATEGORY_LABELS, CHARGE_CATALOGUE, presettle } from './pricing';
export { HisError, type HisBill, type HisBillItem, type HisFeeCategory, type InsurancePresettlement } from './types';
