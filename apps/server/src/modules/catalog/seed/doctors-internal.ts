import type { SeedDoctor } from './types';

/** 内科系统：心血管、呼吸、消化、内分泌、神经、肾脏、血液、风湿免疫、老年医学。 */
export const internalMedicineDoctors: SeedDoctor[] = [
  // 心血管内科
  {
    code: 'd001', name: '陈建国', gender: 'male', title: 'chief', departmentCode: 'cardio',
    specialties: ['冠心病介入治疗', '复杂冠脉病变', '急性心肌梗死救治'],
    diseases: ['冠心病', '心绞痛', '急性心肌梗死', '高血压', '高脂血症'],
    intro: '从事心血管内科临床工作 30 余年，完成冠脉介入手术逾万例，擅长左主干及慢性闭塞病变的介入治疗。',
  },
  {
    code: 'd002', name: '林晓燕', gender: 'female', title: 'associate_chief', departmentCode: 'cardio',
    specialties: ['心律失常', '导管射频消融', '起搏器植入'],
    diseases: ['心房颤动', '室上性心动过速', '室性早搏', '病态窦房结综合征'],
    intro: '心脏电生理方向，擅长心房颤动导管消融和心脏起搏器植入，曾在国内知名心脏中心进修一年。',
  },
  {
    code: 'd003', name: '赵立新', gender: 'male', title: 'associate_chief', departmentCode: 'cardio',
    specialties: ['心力衰竭', '心肌病', '心脏康复'],
    diseases: ['心力衰竭', '扩张型心肌病', '肥厚型心肌病', '病毒性心肌炎'],
    intro: '主攻心力衰竭的规范化管理与心脏康复，负责科室心衰专病门诊。',
  },
  {
    code: 'd004', name: '张雨婷', gender: 'female', title: 'attending', departmentCode: 'cardio',
    specialties: ['高血压', '血脂管理'],
    diseases: ['原发性高血压', '继发性高血压', '高脂血症', '冠心病'],
    intro: '擅长难治性高血压的病因筛查与个体化降压治疗。',
  },
  {
    code: 'd005', name: '何俊', gender: 'male', title: 'resident', departmentCode: 'cardio',
    specialties: ['心血管常见病', '心电图判读'],
    diseases: ['高血压', '心悸', '冠心病'],
    intro: '心血管内科住院医师，协助专家门诊开展心血管常见病的诊治与随访。',
  },
  // 呼吸与危重症医学科
  {
    code: 'd006', name: '黄振华', gender: 'male', title: 'chief', departmentCode: 'resp',
    specialties: ['慢性阻塞性肺疾病', '呼吸衰竭', '无创机械通气'],
    diseases: ['慢性阻塞性肺疾病', '呼吸衰竭', '慢性肺源性心脏病', '重症肺炎'],
    intro: '从事呼吸与危重症医学临床工作 28 年，擅长慢阻肺急性加重及呼吸衰竭的救治。',
  },
  {
    code: 'd007', name: '孙丽萍', gender: 'female', title: 'associate_chief', departmentCode: 'resp',
    specialties: ['支气管哮喘', '慢性咳嗽', '肺功能评估'],
    diseases: ['支气管哮喘', '咳嗽变异性哮喘', '慢性咳嗽', '过敏性鼻炎'],
    intro: '擅长哮喘和慢性咳嗽的规范诊治与长期管理，负责哮喘专病门诊。',
  },
  {
    code: 'd008', name: '李明远', gender: 'male', title: 'attending', departmentCode: 'resp',
    specialties: ['肺结节', '支气管镜诊疗', '肺癌早筛'],
    diseases: ['肺结节', '肺癌', '肺部感染', '胸腔积液'],
    intro: '擅长经支气管镜诊疗和肺结节的随访评估。',
  },
  {
    code: 'd009', name: '马思琪', gender: 'female', title: 'attending', departmentCode: 'resp',
    specialties: ['睡眠呼吸障碍', '间质性肺疾病'],
    diseases: ['阻塞性睡眠呼吸暂停', '间质性肺疾病', '支气管扩张症', '社区获得性肺炎'],
    intro: '主要从事睡眠呼吸障碍和间质性肺疾病的诊治，开展多导睡眠监测评估。',
  },
  // 消化内科
  {
    code: 'd010', name: '罗卫东', gender: 'male', title: 'chief', departmentCode: 'gastro',
    specialties: ['消化内镜', '早期胃肠癌内镜下切除', 'ERCP'],
    diseases: ['早期胃癌', '早期食管癌', '结直肠息肉', '胆总管结石'],
    intro: '内镜中心主任，从事消化内科工作 26 年，擅长内镜黏膜下剥离术（ESD）及 ERCP。',
  },
  {
    code: 'd011', name: '梁秀英', gender: 'female', title: 'associate_chief', departmentCode: 'gastro',
    specialties: ['炎症性肠病', '功能性胃肠病'],
    diseases: ['溃疡性结肠炎', '克罗恩病', '肠易激综合征', '功能性消化不良'],
    intro: '擅长炎症性肠病的诊断和生物制剂治疗，开设炎症性肠病专病门诊。',
  },
  {
    code: 'd012', name: '刘涛', gender: 'male', title: 'attending', departmentCode: 'gastro',
    specialties: ['慢性肝病', '消化道出血'],
    diseases: ['脂肪性肝病', '慢性乙型肝炎', '肝硬化', '上消化道出血'],
    intro: '擅长慢性肝病和肝硬化并发症的诊治。',
  },
  {
    code: 'd013', name: '唐佳怡', gender: 'female', title: 'attending', departmentCode: 'gastro',
    specialties: ['胃食管反流病', '幽门螺杆菌感染'],
    diseases: ['胃食管反流病', '慢性胃炎', '消化性溃疡', '幽门螺杆菌感染'],
    intro: '擅长幽门螺杆菌感染的个体化根除治疗和胃食管反流病的诊治。',
  },
  // 内分泌科
  {
    code: 'd014', name: '韩淑芬', gender: 'female', title: 'chief', departmentCode: 'endo',
    specialties: ['糖尿病', '胰岛素泵治疗', '糖尿病慢性并发症'],
    diseases: ['2 型糖尿病', '1 型糖尿病', '糖尿病肾病', '糖尿病周围神经病变'],
    intro: '从事内分泌代谢病临床工作 30 余年，擅长糖尿病及其慢性并发症的综合管理。',
  },
  {
    code: 'd015', name: '冯建军', gender: 'male', title: 'associate_chief', departmentCode: 'endo',
    specialties: ['甲状腺疾病', '甲状腺结节评估'],
    diseases: ['甲状腺功能亢进症', '甲状腺功能减退症', '甲状腺结节', '桥本甲状腺炎'],
    intro: '擅长甲状腺功能异常及甲状腺结节的诊治，开展甲亢放射性碘治疗评估。',
  },
  {
    code: 'd016', name: '曹敏', gender: 'female', title: 'attending', departmentCode: 'endo',
    specialties: ['骨质疏松', '肥胖与代谢'],
    diseases: ['骨质疏松症', '肥胖症', '高尿酸血症', '多囊卵巢综合征'],
    intro: '主要从事骨代谢疾病和肥胖症的诊治。',
  },
  {
    code: 'd017', name: '邓宇航', gender: 'male', title: 'resident', departmentCode: 'endo',
    specialties: ['糖尿病教育', '血糖管理'],
    diseases: ['2 型糖尿病', '糖耐量异常', '低血糖症'],
    intro: '内分泌科住院医师，参与糖尿病教育门诊和患者随访管理。',
  },
  // 神经内科
  {
    code: 'd018', name: '许国栋', gender: 'male', title: 'chief', departmentCode: 'neuro',
    specialties: ['脑血管病', '卒中溶栓与取栓'],
    diseases: ['脑梗死', '短暂性脑缺血发作', '脑出血', '颈动脉狭窄'],
    intro: '卒中中心负责人，擅长急性缺血性卒中的静脉溶栓与血管内治疗。',
  },
  {
    code: 'd019', name: '傅雅琴', gender: 'female', title: 'associate_chief', departmentCode: 'neuro',
    specialties: ['癫痫', '视频脑电图'],
    diseases: ['癫痫', '晕厥', '偏头痛', '睡眠障碍'],
    intro: '擅长难治性癫痫的诊断与药物调整，负责视频脑电图室。',
  },
  {
    code: 'd020', name: '杨浩', gender: 'male', title: 'associate_chief', departmentCode: 'neuro',
    specialties: ['帕金森病', '运动障碍疾病'],
    diseases: ['帕金森病', '特发性震颤', '不宁腿综合征', '肌张力障碍'],
    intro: '擅长帕金森病及其他运动障碍疾病的药物治疗和脑深部电刺激术后程控。',
  },
  {
    code: 'd021', name: '彭晓丽', gender: 'female', title: 'attending', departmentCode: 'neuro',
    specialties: ['认知障碍', '头痛与眩晕'],
    diseases: ['阿尔茨海默病', '血管性痴呆', '偏头痛', '前庭性眩晕'],
    intro: '主要从事认知障碍和头痛、眩晕的诊治，开设记忆门诊。',
  },
  // 肾内科
  {
    code: 'd022', name: '吕志刚', gender: 'male', title: 'chief', departmentCode: 'nephro',
    specialties: ['肾小球疾病', '肾穿刺活检'],
    diseases: ['IgA 肾病', '肾病综合征', '狼疮性肾炎', '糖尿病肾病'],
    intro: '从事肾脏病临床与病理工作 25 年，擅长各类原发及继发性肾小球疾病的诊治。',
  },
  {
    code: 'd023', name: '蒋慧', gender: 'female', title: 'associate_chief', departmentCode: 'nephro',
    specialties: ['慢性肾脏病', '血液透析', '腹膜透析'],
    diseases: ['慢性肾脏病', '尿毒症', '肾性贫血', '高钾血症'],
    intro: '负责血液净化中心，擅长透析通路管理和慢性肾脏病一体化治疗。',
  },
  {
    code: 'd024', name: '蔡文博', gender: 'male', title: 'attending', departmentCode: 'nephro',
    specialties: ['尿路感染', '高血压肾损害'],
    diseases: ['尿路感染', '高血压肾病', '急性肾损伤', '蛋白尿'],
    intro: '擅长肾内科常见病和急性肾损伤的诊治。',
  },
  // 血液内科
  {
    code: 'd025', name: '贾红梅', gender: 'female', title: 'chief', departmentCode: 'hema',
    specialties: ['白血病', '造血干细胞移植'],
    diseases: ['急性白血病', '慢性髓系白血病', '骨髓增生异常综合征', '再生障碍性贫血'],
    intro: '从事血液病临床工作 27 年，擅长白血病的化疗与造血干细胞移植。',
  },
  {
    code: 'd026', name: '丁伟', gender: 'male', title: 'associate_chief', departmentCode: 'hema',
    specialties: ['淋巴瘤', '多发性骨髓瘤'],
    diseases: ['霍奇金淋巴瘤', '非霍奇金淋巴瘤', '多发性骨髓瘤', '淋巴结肿大'],
    intro: '擅长淋巴瘤和多发性骨髓瘤的规范化疗及靶向治疗。',
  },
  {
    code: 'd027', name: '魏晨', gender: 'female', title: 'attending', departmentCode: 'hema',
    specialties: ['贫血', '出凝血疾病'],
    diseases: ['缺铁性贫血', '巨幼细胞贫血', '免疫性血小板减少症', '血友病'],
    intro: '擅长各类贫血及出凝血疾病的诊治。',
  },
  // 风湿免疫科
  {
    code: 'd028', name: '薛美华', gender: 'female', title: 'chief', departmentCode: 'rheum',
    specialties: ['系统性红斑狼疮', '结缔组织病'],
    diseases: ['系统性红斑狼疮', '干燥综合征', '系统性硬化症', '皮肌炎'],
    intro: '从事风湿免疫病诊治 28 年，擅长系统性红斑狼疮等结缔组织病的综合治疗。',
  },
  {
    code: 'd029', name: '叶强', gender: 'male', title: 'associate_chief', departmentCode: 'rheum',
    specialties: ['类风湿关节炎', '脊柱关节炎'],
    diseases: ['类风湿关节炎', '强直性脊柱炎', '银屑病关节炎', '骨关节炎'],
    intro: '擅长类风湿关节炎和强直性脊柱炎的生物制剂治疗。',
  },
  {
    code: 'd030', name: '阎静', gender: 'female', title: 'attending', departmentCode: 'rheum',
    specialties: ['痛风', '系统性血管炎'],
    diseases: ['痛风', '高尿酸血症', 'ANCA 相关性血管炎', '白塞病'],
    intro: '主要从事痛风和血管炎的诊治，参与痛风专病门诊。',
  },
  // 老年医学科
  {
    code: 'd031', name: '余德明', gender: 'male', title: 'associate_chief', departmentCode: 'geri',
    specialties: ['老年综合评估', '多病共存管理', '多重用药精简'],
    diseases: ['高血压', '冠心病', '老年衰弱', '骨质疏松症'],
    intro: '擅长老年多病共存患者的综合评估与用药精简。',
  },
  {
    code: 'd032', name: '潘婉清', gender: 'female', title: 'attending', departmentCode: 'geri',
    specialties: ['老年营养', '跌倒风险评估'],
    diseases: ['肌少症', '营养不良', '反复跌倒', '老年便秘'],
    intro: '主要从事老年营养、肌少症和跌倒风险的评估与干预。',
  },
];
