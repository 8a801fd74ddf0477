import type { HisBillItem, HisFeeCategory, InsurancePresettlement } from './types';

/** A charge catalogue the simulator draws realistic bills from (prices in fen, as a tier-3 hospital in 2025). */
export const CHARGE_CATALOGUE: readonly Omit<HisBillItem, 'quantity' | 'amountFen'>[] = [
  { code: 'JC0101', name: '胸部正位X线摄影', category: 'examination', unitFen: 8000, insuranceClass: 'A' },
  { code: 'JC0203', name: '腹部彩色多普勒超声', category: 'examination', unitFen: 18000, insuranceClass: 'A' },
  { code: 'JC0310', name: '常规心电图检查', category: 'examination', unitFen: 2500, insuranceClass: 'A' },
  { code: 'JY0001', name: '血常规（五分类）', category: 'laboratory', unitFen: 2000, insuranceClass: 'A' },
  { code: 'JY0105', name: '肝功能八项', category: 'laboratory', unitFen: 6400, insuranceClass: 'A' },
  { code: 'JY0210', name: 'C反应蛋白测定', category: 'laboratory', unitFen: 3000, insuranceClass: 'A' },
  { code: 'JY0302', name: '尿常规', category: 'laboratory', unitFen: 1200, insuranceClass: 'A' },
  { code: 'YP1001', name: '阿莫西林胶囊 0.25g×24粒', category: 'medicine', unitFen: 1580, insuranceClass: 'A' },
  { code: 'YP1023', name: '布洛芬缓释胶囊 0.3g×20粒', category: 'medicine', unitFen: 2260, insuranceClass: 'A' },
  { code: 'YP2051', name: '蒲地蓝消炎口服液 10ml×10支', category: 'medicine', unitFen: 4280, insuranceClass: 'B' },
  { code: 'YP3300', name: '复方甘草口服溶液 100ml', category: 'medicine', unitFen: 890, insuranceClass: 'A' },
  { code: 'ZL0101', name: '静脉输液（第一组）', category: 'treatment', unitFen: 1500, insuranceClass: 'A' },
  { code: 'ZL0420', name: '雾化吸入', category: 'treatment', unitFen: 1800, insuranceClass: 'B' },
  { code: 'ZL0901', name: '针灸（普通针刺）', category: 'treatment', unitFen: 3500, insuranceClass: 'self' },
];

export const CATEGORY_LABELS: Record<HisFeeCategory, string> = { examination: '检查费', laboratory: '检验费', medicine: '药费', treatment: '治疗费', other: '其他费用' };

export function item(code: string, quantity: number): HisBillItem {
  const c = CHARGE_CATALOGUE.find((x) => x.code === code);
  if (!c) throw new Error(`unknown charge code ${code}`);
  return { ...c, quantity, amountFen: c.unitFen * quantity };
}

/** Shares the pooled fund pays by class; the rest comes from the personal account while it lasts, then the patient. */
const FUND_SHARE: Record<HisBillItem['insuranceClass'], number> = { A: 0.7, B: 0.5, self: 0 };

/**
 * 医保预结算, simplified outpatient rules: a deductible (起付线) the fund does not cover, then the class share; the
 * personal account pays the remainder up to its balance; what is left is 自付. All in integer fen, rounding down for
 * the fund so the split always adds up to the total exactly.
 */
export function presettle(items: HisBillItem[], insured: { accountBalanceFen: number; deductibleLeftFen: number } | null, settlementId: string): InsurancePresettlement {
  const totalFen = items.reduce((s, i) => s + i.amountFen, 0);
  if (!insured) return { settlementId, totalFen, fundFen: 0, accountFen: 0, selfFen: totalFen, insured: false };
  let deductible = insured.deductibleLeftFen;
  let fundFen = 0;
  for (const i of items) {
    const covered = Math.max(0, i.amountFen - deductible);
    deductible = Math.max(0, deductible - i.amountFen);
    fundFen += Math.floor(covered * FUND_SHARE[i.insuranceClass]);
  }
  const accountFen = Math.min(insured.accountBalanceFen, totalFen - fundFen);
  return { settlementId, totalFen, fundFen, accountFen, selfFen: totalFen - fundFen - accountFen, insured: true };
}
