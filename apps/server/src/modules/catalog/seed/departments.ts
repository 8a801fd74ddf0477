import type { SeedDepartment, SeedDepartmentGroup } from './types';

export const seedDepartmentGroups: SeedDepartmentGroup[] = [
  { code: 'internal', name: '内科', nameEn: 'Internal Medicine' },
  { code: 'surgery', name: '外科', nameEn: 'Surgery' },
  { code: 'obgyn', name: '妇产科', nameEn: 'Obstetrics and Gynecology' },
  { code: 'pediatrics', name: '儿科', nameEn: 'Pediatrics' },
  { code: 'eent', name: '五官科', nameEn: 'Eye, ENT and Stomatology' },
  { code: 'specialty', name: '其他临床科室', nameEn: 'Other Clinical Departments' },
  { code: 'emergency', name: '急诊医学', nameEn: 'Emergency Medicine' },
  { code: 'medtech', name: '医技科室', nameEn: 'Medical Technology' },
];

export const seedDepartments: SeedDepartment[] = [
  // 内科
  {
    code: 'cardio', name: '心血管内科', nameEn: 'Cardiology', groupCode: 'internal', campusCode: 'main',
    location: '门诊楼 3 层 A 区', bookable: true,
    intro: '开展冠心病介入、心律失常射频消融和心力衰竭综合管理，是医院胸痛中心的核心科室。',
    notes: '请携带既往心电图、心脏彩超及冠脉造影资料；正在服用的药物请列出清单或带药盒就诊。',
  },
  {
    code: 'resp', name: '呼吸与危重症医学科', nameEn: 'Respiratory and Critical Care Medicine', groupCode: 'internal',
    campusCode: 'main', location: '门诊楼 3 层 B 区', bookable: true,
    intro: '诊治慢性阻塞性肺疾病、哮喘、肺部感染与肺结节，开展支气管镜诊疗和睡眠呼吸监测。',
    notes: '请携带既往胸部 CT 影像光盘；发热或咳嗽患者请全程佩戴口罩；预约支气管镜者检查前 6 小时禁食。',
  },
  {
    code: 'gastro', name: '消化内科', nameEn: 'Gastroenterology', groupCode: 'internal', campusCode: 'main',
    location: '门诊楼 4 层 A 区', bookable: true,
    intro: '诊治胃肠、肝胆胰疾病，内镜中心开展无痛胃肠镜、ERCP 和早癌内镜下切除。',
    notes: '可能需做胃镜或腹部超声者请空腹（禁食 8 小时）就诊；肠镜需提前一天按医嘱服用泻药清洁肠道。',
  },
  {
    code: 'endo', name: '内分泌科', nameEn: 'Endocrinology', groupCode: 'internal', campusCode: 'main',
    location: '门诊楼 4 层 B 区', bookable: true,
    intro: '诊治糖尿病、甲状腺疾病、骨质疏松及垂体肾上腺疾病，设糖尿病教育门诊。',
    notes: '需抽血查血糖、血脂者请空腹 8–12 小时；请携带血糖监测记录及正在使用的降糖药或胰岛素。',
  },
  {
    code: 'neuro', name: '神经内科', nameEn: 'Neurology', groupCode: 'internal', campusCode: 'main',
    location: '门诊楼 5 层 A 区', bookable: true,
    intro: '诊治脑血管病、癫痫、帕金森病、头痛与认知障碍，是医院卒中中心的核心科室。',
    notes: '请携带既往头颅 CT/MRI 资料；突发口角歪斜、肢体无力或言语不清请立即前往急诊，勿等待门诊。',
  },
  {
    code: 'nephro', name: '肾内科', nameEn: 'Nephrology', groupCode: 'internal', campusCode: 'main',
    location: '门诊楼 5 层 B 区', bookable: true,
    intro: '诊治各类肾小球疾病、慢性肾脏病和急性肾损伤，开展肾穿刺活检、血液透析与腹膜透析。',
    notes: '请携带近期尿常规和肾功能化验单；需查尿者请留取就诊当日第一次晨尿的中段尿。',
  },
  {
    code: 'hema', name: '血液内科', nameEn: 'Hematology', groupCode: 'internal', campusCode: 'main',
    location: '门诊楼 6 层 A 区', bookable: true,
    intro: '诊治贫血、白血病、淋巴瘤和多发性骨髓瘤等血液系统疾病，开展造血干细胞移植。',
    notes: '请携带既往血常规和骨髓检查报告；化疗后免疫力低下者请佩戴口罩，避免人群聚集。',
  },
  {
    code: 'rheum', name: '风湿免疫科', nameEn: 'Rheumatology and Immunology', groupCode: 'internal', campusCode: 'main',
    location: '门诊楼 6 层 B 区', bookable: true,
    intro: '诊治类风湿关节炎、系统性红斑狼疮、强直性脊柱炎和痛风等风湿免疫性疾病。',
    notes: '请携带既往自身抗体、血沉和 C 反应蛋白检查结果；正在使用激素或免疫抑制剂者请勿自行停药。',
  },
  {
    code: 'geri', name: '老年医学科', nameEn: 'Geriatrics', groupCode: 'internal', campusCode: 'east',
    location: '东院区综合楼 2 层 A 区', bookable: true,
    intro: '为老年人提供多病共存、多重用药、跌倒与衰弱的综合评估和连续管理。',
    notes: '建议家属陪同就诊；请带齐正在服用的全部药物（包括保健品），以便医生核对用药。',
  },
  // 外科
  {
    code: 'gensurg', name: '普外科', nameEn: 'General Surgery', groupCode: 'surgery', campusCode: 'main',
    location: '门诊楼 2 层 A 区', bookable: true,
    intro: '开展胃肠、肝胆、甲状腺和疝等疾病的微创与开放手术，腹腔镜手术占比超过八成。',
    notes: '当天可能需做腹部超声或抽血，建议空腹就诊；请携带既往影像及病理报告。',
  },
  {
    code: 'ortho', name: '骨科', nameEn: 'Orthopedics', groupCode: 'surgery', campusCode: 'main',
    location: '门诊楼 2 层 B 区', bookable: true,
    intro: '涵盖创伤、脊柱、关节和运动医学亚专业，开展人工关节置换和关节镜微创手术。',
    notes: '请携带既往 X 线片、CT 或 MRI 胶片；行动不便者可在门诊大厅服务台借用轮椅。',
  },
  {
    code: 'uro', name: '泌尿外科', nameEn: 'Urology', groupCode: 'surgery', campusCode: 'main',
    location: '门诊楼 2 层 C 区', bookable: true,
    intro: '诊治泌尿系结石、前列腺疾病和泌尿系肿瘤，开展输尿管软镜碎石和腹腔镜微创手术。',
    notes: '需做泌尿系超声者请提前 1 小时饮水 500–800 毫升并憋尿；请携带既往尿检和影像资料。',
  },
  {
    code: 'neurosurg', name: '神经外科', nameEn: 'Neurosurgery', groupCode: 'surgery', campusCode: 'main',
    location: '外科楼 3 层 A 区', bookable: true,
    intro: '开展颅脑肿瘤、脑血管病、颅脑创伤和功能神经外科手术，配备术中神经导航。',
    notes: '请携带头颅 CT/MRI 胶片或光盘；头部外伤后意识改变、剧烈头痛或呕吐者请直接前往急诊。',
  },
  {
    code: 'thoracic', name: '胸外科', nameEn: 'Thoracic Surgery', groupCode: 'surgery', campusCode: 'main',
    location: '外科楼 3 层 B 区', bookable: true,
    intro: '开展肺癌、食管癌和纵隔肿瘤的胸腔镜微创手术，设肺结节多学科门诊。',
    notes: '请携带近一年的胸部 CT 影像光盘，便于医生对比肺结节的变化。',
  },
  {
    code: 'cardiac', name: '心脏大血管外科', nameEn: 'Cardiovascular Surgery', groupCode: 'surgery', campusCode: 'main',
    location: '外科楼 4 层 A 区', bookable: true,
    intro: '开展冠状动脉旁路移植、心脏瓣膜置换与修复以及主动脉夹层等心脏大血管手术。',
    notes: '请携带心脏彩超、冠脉造影或 CTA 资料；突发胸背部撕裂样剧痛请立即前往急诊。',
  },
  {
    code: 'breast', name: '乳腺外科', nameEn: 'Breast Surgery', groupCode: 'surgery', campusCode: 'main',
    location: '门诊楼 2 层 D 区', bookable: true,
    intro: '诊治乳腺良恶性肿瘤，开展乳腺癌保乳手术、前哨淋巴结活检和乳房重建。',
    notes: '乳腺检查宜避开月经期，以月经干净后 3–7 天为佳；请携带既往乳腺超声或钼靶报告。',
  },
  // 妇产科
  {
    code: 'gyn', name: '妇科', nameEn: 'Gynecology', groupCode: 'obgyn', campusCode: 'east',
    location: '东院区妇儿楼 3 层 A 区', bookable: true,
    intro: '诊治妇科炎症、子宫肌瘤、卵巢囊肿、宫颈病变和妇科肿瘤，开展宫腹腔镜微创手术。',
    notes: '妇科检查请避开月经期，检查前 24 小时避免性生活和阴道冲洗；需做盆腔超声者请憋尿。',
  },
  {
    code: 'obst', name: '产科', nameEn: 'Obstetrics', groupCode: 'obgyn', campusCode: 'east',
    location: '东院区妇儿楼 2 层 A 区', bookable: true,
    intro: '提供孕前咨询、产前检查、高危妊娠管理和分娩服务，是区域危重孕产妇救治中心。',
    notes: '请携带《母子健康手册》和历次产检资料；首次产检需空腹抽血；阴道流血、流液或胎动减少请直接前往产科急诊。',
  },
  // 儿科
  {
    code: 'peds', name: '儿科', nameEn: 'Pediatrics', groupCode: 'pediatrics', campusCode: 'east',
    location: '东院区妇儿楼 1 层 A 区', bookable: true,
    intro: '诊治儿童呼吸、消化、神经及生长发育相关疾病，设儿童哮喘和生长发育专病门诊。',
    notes: '14 岁以下儿童须由监护人陪同就诊；请携带预防接种证；发热患儿请先到预检分诊台测量体温。',
  },
  {
    code: 'pedsurg', name: '小儿外科', nameEn: 'Pediatric Surgery', groupCode: 'pediatrics', campusCode: 'east',
    location: '东院区妇儿楼 1 层 B 区', bookable: true,
    intro: '诊治小儿腹股沟疝、鞘膜积液、隐睾、尿道下裂及先天性消化道畸形等疾病。',
    notes: '患儿须由监护人陪同就诊；可能需要当日手术评估的患儿就诊前 4 小时请勿进食。',
  },
  // 五官科
  {
    code: 'ophth', name: '眼科', nameEn: 'Ophthalmology', groupCode: 'eent', campusCode: 'main',
    location: '门诊楼 7 层 A 区', bookable: true,
    intro: '开展白内障超声乳化、青光眼、眼底病和屈光不正的诊治，配备光学相干断层扫描（OCT）。',
    notes: '散瞳检查后 4–6 小时内视物模糊、畏光，请勿自行驾车；佩戴隐形眼镜者请改戴框架眼镜就诊。',
  },
  {
    code: 'ent', name: '耳鼻咽喉头颈外科', nameEn: 'Otolaryngology – Head and Neck Surgery', groupCode: 'eent',
    campusCode: 'main', location: '门诊楼 7 层 B 区', bookable: true,
    intro: '诊治慢性鼻窦炎、中耳炎、听力下降、咽喉疾病和头颈部肿瘤，开展鼻内镜和耳显微手术。',
    notes: '请携带既往听力检查和鼻窦 CT 资料；儿童误吸异物或鱼刺卡喉请立即前往急诊。',
  },
  {
    code: 'stoma', name: '口腔科', nameEn: 'Stomatology', groupCode: 'eent', campusCode: 'east',
    location: '东院区综合楼 3 层 A 区', bookable: true,
    intro: '提供牙体牙髓、牙周、口腔修复、正畸和口腔颌面外科诊疗服务。',
    notes: '就诊前请刷牙；拔牙前请告知是否服用抗凝药物，女性请避开月经期，拔牙当日请进食后就诊。',
  },
  // 其他临床科室
  {
    code: 'derm', name: '皮肤科', nameEn: 'Dermatology', groupCode: 'specialty', campusCode: 'main',
    location: '门诊楼 8 层 A 区', bookable: true,
    intro: '诊治湿疹、银屑病、痤疮、荨麻疹、带状疱疹和皮肤肿瘤，开展皮肤镜检查与激光治疗。',
    notes: '就诊当天请勿在皮损处涂抹药膏或化妆品；需做真菌镜检者请停用外用抗真菌药一周。',
  },
  {
    code: 'tcm', name: '中医科', nameEn: 'Traditional Chinese Medicine', groupCode: 'specialty', campusCode: 'east',
    location: '东院区综合楼 4 层 A 区', bookable: true,
    intro: '运用中药、针灸、推拿和膏方调治常见病、慢性病和亚健康状态。',
    notes: '望诊需观察舌象，就诊前请勿刮舌苔或进食易染色食物；针灸治疗请避免空腹或过饱。',
  },
  {
    code: 'rehab', name: '康复医学科', nameEn: 'Rehabilitation Medicine', groupCode: 'specialty', campusCode: 'east',
    location: '东院区康复楼 1 层', bookable: true,
    intro: '为卒中、脊髓损伤、骨关节术后和慢性疼痛患者提供物理治疗、作业治疗和言语吞咽训练。',
    notes: '请穿宽松衣物和平底鞋；请携带出院小结、手术记录和既往影像资料。',
  },
  {
    code: 'psych', name: '精神心理科', nameEn: 'Psychiatry and Psychology', groupCode: 'specialty', campusCode: 'east',
    location: '东院区综合楼 5 层 B 区', bookable: true,
    intro: '诊治抑郁、焦虑、失眠、双相情感障碍和儿童青少年心理问题，并提供心理咨询与治疗。',
    notes: '首次就诊建议家属陪同并携带既往诊疗记录；诊室严格保护隐私；如有自伤念头请立即前往急诊。',
  },
  // 急诊
  {
    code: 'er', name: '急诊科', nameEn: 'Emergency Department', groupCode: 'emergency', campusCode: 'main',
    location: '急诊楼 1 层', bookable: true,
    intro: '24 小时开放，承担急危重症的抢救和留观，设胸痛、卒中和创伤绿色通道。',
    notes: '急诊按病情分级就诊，危重患者优先；胸痛、卒中、严重创伤等危急情况请直接前往急诊或拨打 120，无需预约。',
  },
  // 医技科室：服务临床科室，不接受门诊预约
  {
    code: 'lab', name: '检验科', nameEn: 'Clinical Laboratory', groupCode: 'medtech', campusCode: 'main',
    location: '门诊楼 1 层 C 区', bookable: false,
    intro: '承担临床生化、免疫、微生物、血液和分子诊断检验，两个院区均设采血点。',
    notes: '空腹抽血需禁食 8–12 小时，可少量饮水；采血时间为 7:30–11:30，报告可在自助机或小程序查询。',
  },
  {
    code: 'radio', name: '放射科', nameEn: 'Radiology', groupCode: 'medtech', campusCode: 'main',
    location: '医技楼 1 层', bookable: false,
    intro: '提供 DR、CT、MRI 和数字减影血管造影（DSA）等影像检查与诊断。',
    notes: 'MRI 检查前请去除所有金属物品，体内有起搏器或金属植入物者请提前告知；增强 CT 需空腹 4 小时；孕妇请告知医生。',
  },
  {
    code: 'pharm', name: '药剂科', nameEn: 'Pharmacy', groupCode: 'medtech', campusCode: 'main',
    location: '门诊楼 1 层 A 区', bookable: false,
    intro: '负责门诊和住院药品调剂、静脉用药集中配置，并开设药学咨询门诊。',
    notes: '取药时请核对姓名、药品和数量；需冷藏的药品请尽快带回家放入冰箱保存。',
  },
];
