import type { SeedDoctor } from './types';

/** 外科系统：普外、骨科、泌尿、神经外科、胸外、心脏大血管外科、乳腺外科。 */
export const surgeryDoctors: SeedDoctor[] = [
  // 普外科
  {
    code: 'd033', name: '杜志远', gender: 'male', title: 'chief', departmentCode: 'gensurg',
    specialties: ['胃肠肿瘤', '腹腔镜胃肠手术'],
    diseases: ['胃癌', '结肠癌', '直肠癌', '胃肠间质瘤'],
    intro: '普外科主任，擅长胃肠道肿瘤的腹腔镜根治手术，完成腹腔镜胃肠手术 3000 余例。',
  },
  {
    code: 'd034', name: '夏立军', gender: 'male', title: 'associate_chief', departmentCode: 'gensurg',
    specialties: ['肝胆胰外科', '胆道微创手术'],
    diseases: ['胆囊结石', '胆囊息肉', '胆总管结石', '肝囊肿', '胰腺肿瘤'],
    intro: '擅长腹腔镜胆囊切除、胆道探查及肝胆胰肿瘤的外科治疗。',
  },
  {
    code: 'd035', name: '钟敏', gender: 'female', title: 'associate_chief', departmentCode: 'gensurg',
    specialties: ['甲状腺外科', '甲状旁腺手术'],
    diseases: ['甲状腺结节', '甲状腺癌', '结节性甲状腺肿', '甲状旁腺腺瘤'],
    intro: '擅长甲状腺癌根治及腔镜甲状腺手术，注重术中喉返神经保护。',
  },
  {
    code: 'd036', name: '王洋', gender: 'male', title: 'attending', departmentCode: 'gensurg',
    specialties: ['疝与腹壁外科', '急腹症'],
    diseases: ['腹股沟疝', '切口疝', '急性阑尾炎', '肠梗阻'],
    intro: '擅长腹腔镜疝修补术和急腹症的诊治。',
  },
  {
    code: 'd037', name: '田雨', gender: 'female', title: 'resident', departmentCode: 'gensurg',
    specialties: ['普外科常见病', '术后随访'],
    diseases: ['急性阑尾炎', '体表肿物', '腹股沟疝'],
    intro: '普外科住院医师，负责术后复查随访和普外科常见病的初诊。',
  },
  // 骨科
  {
    code: 'd038', name: '任国华', gender: 'male', title: 'chief', departmentCode: 'ortho',
    specialties: ['人工关节置换', '关节翻修手术'],
    diseases: ['膝骨关节炎', '股骨头坏死', '髋关节发育不良', '类风湿关节炎'],
    intro: '从事骨科临床工作 30 年，擅长髋、膝人工关节置换和翻修手术。',
  },
  {
    code: 'd039', name: '姜海', gender: 'male', title: 'associate_chief', departmentCode: 'ortho',
    specialties: ['脊柱外科', '脊柱内镜微创手术'],
    diseases: ['腰椎间盘突出症', '腰椎管狭窄症', '颈椎病', '脊柱侧弯'],
    intro: '擅长脊柱内镜和微创融合手术治疗颈腰椎退行性疾病。',
  },
  {
    code: 'd040', name: '范晓峰', gender: 'male', title: 'associate_chief', departmentCode: 'ortho',
    specialties: ['运动医学', '关节镜手术'],
    diseases: ['前交叉韧带损伤', '半月板损伤', '肩袖损伤', '习惯性踝关节扭伤'],
    intro: '擅长膝、肩关节镜微创手术和运动损伤后的韧带重建。',
  },
  {
    code: 'd041', name: '方琳', gender: 'female', title: 'attending', departmentCode: 'ortho',
    specialties: ['创伤骨科', '老年髋部骨折'],
    diseases: ['桡骨远端骨折', '股骨颈骨折', '踝关节骨折', '骨质疏松性骨折'],
    intro: '擅长四肢骨折的手术治疗和老年髋部骨折的加速康复。',
  },
  {
    code: 'd042', name: '石磊', gender: 'male', title: 'resident', departmentCode: 'ortho',
    specialties: ['骨科常见病', '骨折复查'],
    diseases: ['四肢骨折', '腰肌劳损', '肩周炎'],
    intro: '骨科住院医师，负责骨折术后复查和骨科常见病的初诊。',
  },
  // 泌尿外科
  {
    code: 'd043', name: '熊伟民', gender: 'male', title: 'chief', departmentCode: 'uro',
    specialties: ['泌尿系肿瘤', '腹腔镜泌尿外科手术'],
    diseases: ['前列腺癌', '膀胱癌', '肾癌', '肾上腺肿瘤'],
    intro: '从事泌尿外科工作 28 年，擅长泌尿系肿瘤的腹腔镜根治手术。',
  },
  {
    code: 'd044', name: '李鹏飞', gender: 'male', title: 'associate_chief', departmentCode: 'uro',
    specialties: ['泌尿系结石', '输尿管软镜碎石'],
    diseases: ['肾结石', '输尿管结石', '膀胱结石', '肾积水'],
    intro: '擅长输尿管软镜碎石和经皮肾镜取石术。',
  },
  {
    code: 'd045', name: '陆倩', gender: 'female', title: 'attending', departmentCode: 'uro',
    specialties: ['女性泌尿', '排尿功能障碍'],
    diseases: ['压力性尿失禁', '膀胱过度活动症', '尿路感染', '前列腺增生'],
    intro: '擅长女性尿失禁和排尿功能障碍的诊治及尿动力学检查。',
  },
  // 神经外科
  {
    code: 'd046', name: '郝振东', gender: 'male', title: 'chief', departmentCode: 'neurosurg',
    specialties: ['颅脑肿瘤', '显微神经外科', '神经内镜手术'],
    diseases: ['脑膜瘤', '胶质瘤', '垂体瘤', '听神经瘤'],
    intro: '从事神经外科工作 29 年，擅长颅脑肿瘤的显微手术和神经内镜手术。',
  },
  {
    code: 'd047', name: '孔祥瑞', gender: 'male', title: 'associate_chief', departmentCode: 'neurosurg',
    specialties: ['脑血管病外科', '神经介入'],
    diseases: ['颅内动脉瘤', '脑动静脉畸形', '高血压脑出血', '烟雾病'],
    intro: '擅长颅内动脉瘤的开颅夹闭及介入栓塞治疗。',
  },
  {
    code: 'd048', name: '白雪', gender: 'female', title: 'attending', departmentCode: 'neurosurg',
    specialties: ['功能神经外科', '颅脑创伤'],
    diseases: ['三叉神经痛', '面肌痉挛', '慢性硬膜下血肿', '颅脑损伤'],
    intro: '擅长三叉神经痛、面肌痉挛的微血管减压手术。',
  },
  // 胸外科
  {
    code: 'd049', name: '崔永红', gender: 'male', title: 'chief', departmentCode: 'thoracic',
    specialties: ['肺癌外科', '单孔胸腔镜手术'],
    diseases: ['肺癌', '肺结节', '纵隔肿瘤', '气胸'],
    intro: '擅长单孔胸腔镜肺癌根治手术，牵头肺结节多学科门诊。',
  },
  {
    code: 'd050', name: '康宁', gender: 'female', title: 'associate_chief', departmentCode: 'thoracic',
    specialties: ['食管外科', '纵隔疾病'],
    diseases: ['食管癌', '贲门失弛缓症', '胸腺瘤', '重症肌无力'],
    intro: '擅长食管癌微创根治术和胸腺瘤切除术。',
  },
  {
    code: 'd051', name: '毛宇', gender: 'male', title: 'attending', departmentCode: 'thoracic',
    specialties: ['胸部创伤', '气胸微创治疗'],
    diseases: ['自发性气胸', '肋骨骨折', '胸腔积液', '肺大疱'],
    intro: '擅长胸部创伤和自发性气胸的微创治疗。',
  },
  // 心脏大血管外科
  {
    code: 'd052', name: '邱振宇', gender: 'male', title: 'chief', departmentCode: 'cardiac',
    specialties: ['冠状动脉旁路移植', '心脏瓣膜手术'],
    diseases: ['冠心病', '风湿性心脏瓣膜病', '二尖瓣关闭不全', '主动脉瓣狭窄'],
    intro: '从事心脏外科工作 27 年，擅长非体外循环冠脉搭桥和瓣膜成形手术。',
  },
  {
    code: 'd053', name: '秦晓东', gender: 'male', title: 'associate_chief', departmentCode: 'cardiac',
    specialties: ['主动脉外科', '成人先天性心脏病'],
    diseases: ['主动脉夹层', '胸主动脉瘤', '房间隔缺损', '室间隔缺损'],
    intro: '擅长主动脉夹层的外科手术及杂交手术治疗。',
  },
  // 乳腺外科
  {
    code: 'd054', name: '江雪梅', gender: 'female', title: 'chief', departmentCode: 'breast',
    specialties: ['乳腺癌综合治疗', '保乳手术'],
    diseases: ['乳腺癌', '乳腺导管原位癌', '乳腺纤维腺瘤', '乳腺囊肿'],
    intro: '擅长乳腺癌保乳手术、前哨淋巴结活检及乳腺癌全程管理。',
  },
  {
    code: 'd055', name: '顾晨阳', gender: 'male', title: 'associate_chief', departmentCode: 'breast',
    specialties: ['乳房重建', '肿瘤整形保乳'],
    diseases: ['乳腺癌', '乳房缺损', '乳腺叶状肿瘤'],
    intro: '擅长乳腺癌术后乳房重建和肿瘤整形保乳技术。',
  },
  {
    code: 'd056', name: '史文静', gender: 'female', title: 'attending', departmentCode: 'breast',
    specialties: ['乳腺良性疾病', '乳腺微创旋切'],
    diseases: ['乳腺增生', '乳腺纤维腺瘤', '急性乳腺炎', '乳头溢液'],
    intro: '擅长乳腺良性肿块的微创旋切和哺乳期乳腺炎的处理。',
  },
];
