import type { SeedDoctor } from './types';

/** 五官科、皮肤科、中医科、康复医学科、精神心理科与急诊科。 */
export const otherClinicalDoctors: SeedDoctor[] = [
  // 眼科
  {
    code: 'd072', name: '贺光明', gender: 'male', title: 'chief', departmentCode: 'ophth',
    specialties: ['白内障', '屈光性白内障手术'],
    diseases: ['年龄相关性白内障', '先天性白内障', '高度近视', '人工晶状体脱位'],
    intro: '擅长白内障超声乳化及多焦点人工晶状体植入，完成白内障手术 2 万余例。',
  },
  {
    code: 'd073', name: '严婕', gender: 'female', title: 'associate_chief', departmentCode: 'ophth',
    specialties: ['青光眼', '视神经疾病'],
    diseases: ['原发性开角型青光眼', '急性闭角型青光眼', '视神经炎', '高眼压症'],
    intro: '擅长各类青光眼的诊断和手术治疗。',
  },
  {
    code: 'd074', name: '覃志伟', gender: 'male', title: 'attending', departmentCode: 'ophth',
    specialties: ['眼底病', '玻璃体视网膜疾病'],
    diseases: ['糖尿病视网膜病变', '视网膜脱离', '年龄相关性黄斑变性', '视网膜静脉阻塞'],
    intro: '擅长眼底病的激光治疗及玻璃体腔注药治疗。',
  },
  {
    code: 'd075', name: '温馨', gender: 'female', title: 'attending', departmentCode: 'ophth',
    specialties: ['儿童眼病', '斜视与弱视'],
    diseases: ['近视', '弱视', '斜视', '干眼症'],
    intro: '擅长儿童近视防控和斜视、弱视的诊治。',
  },
  // 耳鼻咽喉头颈外科
  {
    code: 'd076', name: '向东升', gender: 'male', title: 'chief', departmentCode: 'ent',
    specialties: ['鼻科学', '鼻内镜手术'],
    diseases: ['慢性鼻窦炎', '鼻息肉', '鼻中隔偏曲', '过敏性鼻炎'],
    intro: '擅长功能性鼻内镜手术和鼻颅底疾病的治疗。',
  },
  {
    code: 'd077', name: '殷蓓', gender: 'female', title: 'associate_chief', departmentCode: 'ent',
    specialties: ['耳科学', '听力与眩晕'],
    diseases: ['慢性化脓性中耳炎', '突发性聋', '耳鸣', '良性阵发性位置性眩晕'],
    intro: '擅长中耳炎的耳显微手术以及突发性聋和眩晕的诊治。',
  },
  {
    code: 'd078', name: '廖俊杰', gender: 'male', title: 'attending', departmentCode: 'ent',
    specialties: ['咽喉疾病', '睡眠呼吸外科'],
    diseases: ['慢性扁桃体炎', '腺样体肥大', '声带息肉', '阻塞性睡眠呼吸暂停'],
    intro: '擅长扁桃体、腺样体手术和声带病变的支撑喉镜手术。',
  },
  // 口腔科
  {
    code: 'd079', name: '吴雅楠', gender: 'female', title: 'chief', departmentCode: 'stoma',
    specialties: ['口腔正畸', '口腔修复'],
    diseases: ['错颌畸形', '牙列拥挤', '牙列缺损', '牙列缺失'],
    intro: '从事口腔临床工作 28 年，擅长青少年和成人错颌畸形的矫治。',
  },
  {
    code: 'd080', name: '卢永健', gender: 'male', title: 'associate_chief', departmentCode: 'stoma',
    specialties: ['口腔颌面外科', '阻生齿微创拔除'],
    diseases: ['阻生智齿', '颌骨囊肿', '颌面部间隙感染', '颞下颌关节紊乱病'],
    intro: '擅长复杂阻生齿的微创拔除和颌面部疾病的手术治疗。',
  },
  {
    code: 'd081', name: '章慧敏', gender: 'female', title: 'attending', departmentCode: 'stoma',
    specialties: ['牙体牙髓', '显微根管治疗', '牙周治疗'],
    diseases: ['龋病', '牙髓炎', '根尖周炎', '牙周炎'],
    intro: '擅长显微根管治疗和牙周病的基础治疗。',
  },
  // 皮肤科
  {
    code: 'd082', name: '谭丽华', gender: 'female', title: 'chief', departmentCode: 'derm',
    specialties: ['银屑病', '免疫性皮肤病'],
    diseases: ['银屑病', '特应性皮炎', '天疱疮', '白癜风'],
    intro: '从事皮肤科工作 27 年，擅长银屑病和特应性皮炎的生物制剂治疗。',
  },
  {
    code: 'd083', name: '朱恒', gender: 'male', title: 'associate_chief', departmentCode: 'derm',
    specialties: ['皮肤外科', '皮肤肿瘤', '皮肤镜诊断'],
    diseases: ['基底细胞癌', '脂溢性角化病', '色素痣', '瘢痕疙瘩'],
    intro: '擅长皮肤肿瘤的皮肤镜诊断和手术切除。',
  },
  {
    code: 'd084', name: '莫小雨', gender: 'female', title: 'attending', departmentCode: 'derm',
    specialties: ['痤疮', '皮肤光电治疗'],
    diseases: ['痤疮', '玫瑰痤疮', '黄褐斑', '慢性荨麻疹'],
    intro: '擅长痤疮、玫瑰痤疮的综合治疗和光电治疗。',
  },
  // 中医科
  {
    code: 'd085', name: '苏怀仁', gender: 'male', title: 'chief', departmentCode: 'tcm',
    specialties: ['中医内科', '脾胃病', '经方调治'],
    diseases: ['慢性胃炎', '功能性消化不良', '失眠', '慢性疲劳综合征'],
    intro: '从事中医临床 35 年，擅长运用经方调治脾胃病和失眠。',
  },
  {
    code: 'd086', name: '陶静怡', gender: 'female', title: 'associate_chief', departmentCode: 'tcm',
    specialties: ['针灸', '推拿'],
    diseases: ['颈椎病', '腰痛', '周围性面瘫', '带状疱疹后神经痛'],
    intro: '擅长针灸结合推拿治疗颈肩腰腿痛和周围性面瘫。',
  },
  {
    code: 'd087', name: '袁博', gender: 'male', title: 'attending', departmentCode: 'tcm',
    specialties: ['中医妇科', '膏方调理'],
    diseases: ['月经不调', '痛经', '更年期综合征', '不孕症'],
    intro: '擅长运用中药调理月经病和更年期综合征。',
  },
  {
    code: 'd088', name: '邹晴', gender: 'female', title: 'resident', departmentCode: 'tcm',
    specialties: ['中医体质调理', '针灸'],
    diseases: ['亚健康状态', '失眠', '慢性咳嗽'],
    intro: '中医科住院医师，参与针灸门诊和中医体质辨识工作。',
  },
  // 康复医学科
  {
    code: 'd089', name: '柳青山', gender: 'male', title: 'associate_chief', departmentCode: 'rehab',
    specialties: ['神经康复', '吞咽障碍康复'],
    diseases: ['脑卒中后遗症', '脊髓损伤', '吞咽障碍', '颅脑损伤后功能障碍'],
    intro: '擅长卒中后运动功能障碍和吞咽障碍的康复评估与治疗。',
  },
  {
    code: 'd090', name: '贝佳', gender: 'female', title: 'attending', departmentCode: 'rehab',
    specialties: ['骨科康复', '疼痛康复'],
    diseases: ['膝关节置换术后', '前交叉韧带重建术后', '慢性腰痛', '肩周炎'],
    intro: '擅长骨关节术后康复和慢性疼痛的运动疗法。',
  },
  // 精神心理科
  {
    code: 'd091', name: '庞海燕', gender: 'female', title: 'chief', departmentCode: 'psych',
    specialties: ['抑郁障碍', '焦虑障碍'],
    diseases: ['抑郁症', '广泛性焦虑障碍', '惊恐障碍', '强迫症'],
    intro: '从事精神心理临床工作 26 年，擅长抑郁、焦虑障碍的药物与心理综合治疗。',
  },
  {
    code: 'd092', name: '王远', gender: 'male', title: 'attending', departmentCode: 'psych',
    specialties: ['睡眠医学', '认知行为治疗'],
    diseases: ['失眠障碍', '躯体症状障碍', '适应障碍', '双相情感障碍'],
    intro: '擅长失眠的认知行为治疗和躯体症状障碍的诊治。',
  },
  {
    code: 'd093', name: '纪小雅', gender: 'female', title: 'attending', departmentCode: 'psych',
    specialties: ['儿童青少年心理', '家庭治疗'],
    diseases: ['青少年抑郁', '注意缺陷多动障碍', '孤独症谱系障碍', '进食障碍'],
    intro: '擅长儿童青少年情绪问题和进食障碍的诊治与家庭治疗。',
  },
  // 急诊科
  {
    code: 'd094', name: '欧阳志', gender: 'male', title: 'associate_chief', departmentCode: 'er',
    specialties: ['急危重症救治', '心肺复苏', '急性中毒'],
    diseases: ['心脏骤停', '休克', '急性中毒', '多发伤'],
    intro: '急诊科副主任，擅长急危重症的抢救和急性中毒的救治。',
  },
  {
    code: 'd095', name: '戴晓军', gender: 'male', title: 'attending', departmentCode: 'er',
    specialties: ['急性胸痛', '急诊创伤'],
    diseases: ['急性胸痛', '急性腹痛', '晕厥', '创伤'],
    intro: '擅长急性胸痛、腹痛的快速鉴别诊断和创伤的初期处理。',
  },
  {
    code: 'd096', name: '司马琳', gender: 'female', title: 'resident', departmentCode: 'er',
    specialties: ['急诊常见病', '院内急救'],
    diseases: ['高热', '急性胃肠炎', '过敏反应', '软组织损伤'],
    intro: '急诊科住院医师，参与急诊分诊和常见急症的初步处理。',
  },
];
