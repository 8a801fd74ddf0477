import type { SeedDoctor } from './types';

/** 妇儿系统：妇科、产科、儿科、小儿外科（均在东院区妇儿楼）。 */
export const womenAndChildrenDoctors: SeedDoctor[] = [
  // 妇科
  {
    code: 'd057', name: '侯玉兰', gender: 'female', title: 'chief', departmentCode: 'gyn',
    specialties: ['妇科肿瘤', '宫腹腔镜手术'],
    diseases: ['宫颈癌', '卵巢癌', '子宫内膜癌', '子宫肌瘤'],
    intro: '妇科主任，从事妇产科工作 31 年，擅长妇科恶性肿瘤的规范手术和综合治疗。',
  },
  {
    code: 'd058', name: '邵婷', gender: 'female', title: 'associate_chief', departmentCode: 'gyn',
    specialties: ['宫颈病变', '阴道镜检查'],
    diseases: ['宫颈上皮内瘤变', '高危型 HPV 感染', '宫颈息肉', '慢性宫颈炎'],
    intro: '擅长宫颈癌筛查异常的阴道镜评估和宫颈锥切手术。',
  },
  {
    code: 'd059', name: '孟凡', gender: 'female', title: 'attending', departmentCode: 'gyn',
    specialties: ['子宫内膜异位症', '月经失调'],
    diseases: ['子宫内膜异位症', '子宫腺肌病', '卵巢囊肿', '异常子宫出血'],
    intro: '擅长子宫内膜异位症和月经失调的诊治。',
  },
  {
    code: 'd060', name: '龙婧', gender: 'female', title: 'resident', departmentCode: 'gyn',
    specialties: ['妇科常见病', '妇科炎症'],
    diseases: ['阴道炎', '盆腔炎', '月经不调'],
    intro: '妇科住院医师，负责妇科常见病的初诊和术后随访。',
  },
  // 产科
  {
    code: 'd061', name: '万秀珍', gender: 'female', title: 'chief', departmentCode: 'obst',
    specialties: ['高危妊娠', '产科危重症'],
    diseases: ['妊娠期高血压疾病', '子痫前期', '前置胎盘', '胎盘早剥'],
    intro: '区域危重孕产妇救治中心负责人，擅长高危妊娠和产科急危重症的救治。',
  },
  {
    code: 'd062', name: '段丽娟', gender: 'female', title: 'associate_chief', departmentCode: 'obst',
    specialties: ['妊娠合并症', '妊娠期糖尿病管理'],
    diseases: ['妊娠期糖尿病', '妊娠合并甲状腺疾病', '妊娠剧吐', '先兆早产'],
    intro: '擅长妊娠期糖尿病和妊娠合并内科疾病的孕期管理。',
  },
  {
    code: 'd063', name: '张浩然', gender: 'male', title: 'attending', departmentCode: 'obst',
    specialties: ['产前诊断', '胎儿医学'],
    diseases: ['胎儿生长受限', '羊水过多', '羊水过少', '双胎妊娠'],
    intro: '从事产前诊断和胎儿医学工作，擅长胎儿生长异常的评估。',
  },
  {
    code: 'd064', name: '钱思雨', gender: 'female', title: 'attending', departmentCode: 'obst',
    specialties: ['孕期保健', '分娩镇痛'],
    diseases: ['正常妊娠', '瘢痕子宫再次妊娠', '过期妊娠', '产后出血'],
    intro: '擅长孕期保健、分娩管理和瘢痕子宫再次妊娠的管理。',
  },
  // 儿科
  {
    code: 'd065', name: '汤建平', gender: 'male', title: 'chief', departmentCode: 'peds',
    specialties: ['小儿呼吸', '儿童哮喘'],
    diseases: ['儿童支气管哮喘', '肺炎支原体肺炎', '毛细支气管炎', '反复呼吸道感染'],
    intro: '儿科主任，从事儿科临床工作 30 年，擅长儿童哮喘和难治性肺炎的诊治。',
  },
  {
    code: 'd066', name: '尹红', gender: 'female', title: 'associate_chief', departmentCode: 'peds',
    specialties: ['儿童生长发育', '儿童内分泌'],
    diseases: ['矮小症', '性早熟', '儿童肥胖症', '先天性甲状腺功能减退症'],
    intro: '擅长儿童矮小症和性早熟的评估与治疗。',
  },
  {
    code: 'd067', name: '黎晓明', gender: 'male', title: 'associate_chief', departmentCode: 'peds',
    specialties: ['小儿神经', '儿童癫痫'],
    diseases: ['儿童癫痫', '热性惊厥', '抽动障碍', '注意缺陷多动障碍'],
    intro: '擅长儿童癫痫和抽动障碍的诊治。',
  },
  {
    code: 'd068', name: '易欣', gender: 'female', title: 'attending', departmentCode: 'peds',
    specialties: ['小儿消化', '儿童营养与喂养'],
    diseases: ['小儿腹泻', '功能性便秘', '牛奶蛋白过敏', '营养不良'],
    intro: '擅长儿童消化系统疾病和喂养问题的诊治。',
  },
  {
    code: 'd069', name: '常乐', gender: 'female', title: 'resident', departmentCode: 'peds',
    specialties: ['儿科常见病', '小儿发热'],
    diseases: ['急性上呼吸道感染', '手足口病', '疱疹性咽峡炎', '急性胃肠炎'],
    intro: '儿科住院医师，负责儿科常见病和发热患儿的初诊。',
  },
  // 小儿外科
  {
    code: 'd070', name: '武建华', gender: 'male', title: 'associate_chief', departmentCode: 'pedsurg',
    specialties: ['小儿普外科', '小儿腹腔镜手术'],
    diseases: ['小儿腹股沟斜疝', '鞘膜积液', '先天性巨结肠', '肠套叠'],
    intro: '擅长小儿腹腔镜微创手术和先天性消化道畸形的外科治疗。',
  },
  {
    code: 'd071', name: '乔宇', gender: 'male', title: 'attending', departmentCode: 'pedsurg',
    specialties: ['小儿泌尿外科', '生殖器畸形矫治'],
    diseases: ['隐睾', '尿道下裂', '包茎', '先天性肾积水'],
    intro: '擅长隐睾、尿道下裂等小儿泌尿生殖系统畸形的手术治疗。',
  },
];
