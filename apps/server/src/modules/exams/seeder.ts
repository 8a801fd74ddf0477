import type { Tx } from '../../db/client';
import { weekday } from '../schedule/domain';
import { bookableDates } from './domain';
import { examCapacity, examPackages, vaccineCapacity, vaccines, type ExamItem } from './tables';

const items = (...names: string[]): ExamItem[] => names.map((name) => ({ name }));
const FASTING = '检查前一天晚餐清淡，当天空腹（禁食 8 小时以上），可少量饮水；请携带身份证。';

const PACKAGES = [
  { code: 'entry', name: '入职体检', places: 20, priceFen: 19900, sex: 'any', ageMin: 16, ageMax: 65, notes: FASTING, items: items('一般检查（身高、体重、血压）', '内科', '外科', '视力、色觉', '血常规', '尿常规', '肝功能', '胸部 X 线', '心电图') },
  { code: 'basic-male', name: '基础体检（男）', places: 20, priceFen: 39900, sex: 'male', ageMin: 18, ageMax: null, notes: FASTING, items: items('一般检查', '内科', '外科', '眼科', '耳鼻喉科', '血常规', '尿常规', '肝功能', '肾功能', '血脂四项', '空腹血糖', '腹部彩超', '前列腺彩超', '胸部 X 线', '心电图') },
  { code: 'basic-female', name: '基础体检（女）', places: 20, priceFen: 45900, sex: 'female', ageMin: 18, ageMax: null, notes: `${FASTING}妇科检查请避开月经期。`, items: items('一般检查', '内科', '外科', '眼科', '耳鼻喉科', '血常规', '尿常规', '肝功能', '肾功能', '血脂四项', '空腹血糖', '腹部彩超', '乳腺彩超', '妇科检查', '宫颈 TCT', '胸部 X 线', '心电图') },
  { code: 'senior', name: '中老年体检', places: 10, priceFen: 129900, sex: 'any', ageMin: 50, ageMax: null, notes: `${FASTING}请携带既往病历和正在服用的药物清单。`, items: items('一般检查', '内科', '外科', '眼科（含眼底）', '血常规', '尿常规', '肝功能', '肾功能', '血脂四项', '空腹血糖', '糖化血红蛋白', '肿瘤标志物', '甲状腺功能', '腹部彩超', '颈动脉彩超', '心脏彩超', '骨密度', '胸部低剂量 CT', '心电图') },
  { code: 'prepregnancy', name: '孕前检查', places: 10, priceFen: 59900, sex: 'female', ageMin: 18, ageMax: 49, notes: `${FASTING}请避开月经期，检查前 3 天避免同房。`, items: items('一般检查', '妇科检查', '白带常规', '血常规', '尿常规', '血型（ABO、Rh）', '肝功能', '肾功能', '空腹血糖', '甲状腺功能', 'TORCH 筛查', '乙肝五项', '梅毒、艾滋病筛查', '妇科彩超') },
  { code: 'kindergarten', name: '幼儿园入园体检', places: 30, priceFen: 12000, sex: 'any', ageMin: 2, ageMax: 7, notes: '请家长携带儿童预防接种证和户口本（或出生证明）；抽血项目需空腹。', items: items('身高、体重', '内科', '眼科（视力）', '口腔', '听力', '血常规', '谷丙转氨酶') },
] as const;

const VACCINES = [
  { code: 'hepb', name: '乙肝疫苗（酿酒酵母）', manufacturer: '深圳康泰生物', doses: 3, intervalDays: 30, ageMin: null, ageMax: null, sex: 'any', priceFen: 6000, places: 30, notes: '按 0、1、6 月程序接种 3 剂；第 3 剂建议在第 1 剂后 6 个月。' },
  { code: 'hpv9', name: '九价 HPV 疫苗', manufacturer: '默沙东', doses: 3, intervalDays: 60, ageMin: 9, ageMax: 45, sex: 'female', priceFen: 132000, places: 10, notes: '按 0、2、6 月程序接种 3 剂；妊娠期间暂缓接种。' },
  { code: 'flu', name: '流感疫苗（四价）', manufacturer: '华兰生物', doses: 1, intervalDays: 0, ageMin: 3, ageMax: null, sex: 'any', priceFen: 12800, places: 40, notes: '每年接种 1 剂；发热或急性病期间暂缓接种。' },
  { code: 'zoster', name: '重组带状疱疹疫苗', manufacturer: '葛兰素史克', doses: 2, intervalDays: 60, ageMin: 50, ageMax: null, sex: 'any', priceFen: 160000, places: 10, notes: '接种 2 剂，间隔 2–6 个月。' },
  { code: 'rabies', name: '狂犬病疫苗（Vero 细胞）', manufacturer: '辽宁成大', doses: 5, intervalDays: 3, ageMin: null, ageMax: null, sex: 'any', priceFen: 6000, places: 50, notes: '暴露后按 0、3、7、14、28 天程序接种 5 剂；首剂请尽快到急诊处置，不必预约。' },
  { code: 'ppv23', name: '23 价肺炎球菌多糖疫苗', manufacturer: '成都生物制品研究所', doses: 1, intervalDays: 0, ageMin: 2, ageMax: null, sex: 'any', priceFen: 22000, places: 20, notes: '推荐 60 岁及以上老人和慢性病患者接种。' },
] as const;

/** The exam centre's shared limit across every package, per day. */
const CENTRE_PLACES = 80;

/**
 * Demo 体检套餐 and 疫苗 with places for the next 14 days (Sundays closed), relative to today in China. Safe to
 * run on every start: existing packages, vaccines and capacity rows (and their bookings) are left as they are.
 */
export async function seedExamsDemo(tx: Tx, now: Date): Promise<void> {
  await tx.insert(examPackages).values(PACKAGES.map(({ places: _, ...p }) => ({ ...p, items: [...p.items] }))).onConflictDoNothing();
  await tx.insert(vaccines).values(VACCINES.map(({ places: _, ...v }) => v)).onConflictDoNothing();
  const packageIds = new Map((await tx.select({ id: examPackages.id, code: examPackages.code }).from(examPackages)).map((p) => [p.code, p.id]));
  const vaccineIds = new Map((await tx.select({ id: vaccines.id, code: vaccines.code }).from(vaccines)).map((v) => [v.code, v.id]));
  const days = bookableDates(now).filter((d) => weekday(d) !== 7);
  const examRows = days.flatMap((date) => [
    { date, packageId: null, capacity: CENTRE_PLACES },
    ...PACKAGES.map((p) => ({ date, packageId: packageIds.get(p.code)!, capacity: p.places })),
  ]);
  await tx.insert(examCapacity).values(examRows).onConflictDoNothing();
  const vaccineRows = days.flatMap((date) => VACCINES.map((v) => ({ date, vaccineId: vaccineIds.get(v.code)!, capacity: v.places })));
  await tx.insert(vaccineCapacity).values(vaccineRows).onConflictDoNothing();
}
