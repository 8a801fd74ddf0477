import { ADULT, CHILD, rule, type SeedRule } from './types';

const NOT_PREGNANT = { pregnancy: 'not_pregnant' as const };
const PREGNANT = { pregnancy: 'pregnant' as const, sex: 'female' as const };

/** Abdomen, back, urinary and genital organs, pregnancy. */
export const abdomenAndPelvisRules: SeedRule[] = [
  rule('stomach-ache', 'gastro', 35, 'abdomen', ['胃痛', 'Stomach ache'], '胃疼|上腹痛|胃不舒服|烧心|反酸|胃胀', ['胃痛、反酸、烧心建议消化内科。', 'Stomach ache and heartburn: Gastroenterology.'], ADULT),
  rule('stomach-ache-child', 'peds', 35, 'abdomen', ['胃痛', 'Stomach ache'], '胃疼|上腹痛|胃不舒服', ['儿童胃痛请先看儿科。', 'Children with stomach ache see Pediatrics.'], CHILD),
  rule('abdominal-pain', 'gastro', 25, 'abdomen', ['腹痛', 'Abdominal pain'], '肚子痛|肚子疼|腹部疼痛', ['腹痛建议先看消化内科。', 'Abdominal pain: Gastroenterology first.'], { ...ADULT, ...NOT_PREGNANT }),
  rule('abdominal-pain-child', 'peds', 30, 'abdomen', ['腹痛', 'Abdominal pain'], '肚子痛|肚子疼', ['儿童腹痛请先看儿科。', 'Children with abdominal pain see Pediatrics.'], CHILD),
  rule('appendix', 'gensurg', 45, 'abdomen', ['右下腹痛', 'Right lower abdominal pain'], '右下腹疼|阑尾', ['右下腹痛需排除阑尾炎，建议普外科。', 'Right lower abdominal pain may be appendicitis: General Surgery.'], { ...ADULT, ...NOT_PREGNANT }),
  rule('appendix-child', 'pedsurg', 40, 'abdomen', ['右下腹痛', 'Right lower abdominal pain'], '右下腹疼|阑尾', ['儿童右下腹痛需排除阑尾炎，建议小儿外科。', 'A child with right lower abdominal pain: Pediatric Surgery.'], CHILD),
  rule('diarrhoea', 'gastro', 30, 'abdomen', ['腹泻', 'Diarrhoea'], '拉肚子|稀便|大便次数多|水样便', ['腹泻建议消化内科。', 'Diarrhoea: Gastroenterology.'], ADULT),
  rule('diarrhoea-child', 'peds', 35, 'abdomen', ['腹泻', 'Diarrhoea'], '拉肚子|稀便|水样便', ['儿童腹泻易脱水，请看儿科。', 'Children with diarrhoea dehydrate quickly: Pediatrics.'], CHILD),
  rule('vomiting', 'gastro', 25, 'abdomen', ['恶心呕吐', 'Nausea, vomiting'], '呕吐|恶心|想吐', ['恶心呕吐建议消化内科。', 'Nausea and vomiting: Gastroenterology.'], { ...ADULT, ...NOT_PREGNANT }),
  rule('vomiting-child', 'peds', 30, 'abdomen', ['恶心呕吐', 'Nausea, vomiting'], '呕吐|恶心|想吐|吐奶', ['儿童呕吐请看儿科。', 'Children who vomit see Pediatrics.'], CHILD),
  rule('vomiting-pregnant', 'obst', 45, 'abdomen', ['恶心呕吐', 'Nausea, vomiting'], '呕吐|恶心|想吐|孕吐', ['孕期恶心呕吐请到产科评估。', 'Vomiting in pregnancy: Obstetrics.'], PREGNANT),
  rule('gi-bleeding', 'gastro', 30, 'abdomen', ['便血黑便', 'Blood in stool'], '便血|黑便|大便带血|大便发黑', ['便血、黑便需做胃肠镜，建议消化内科。', 'Blood in the stool needs endoscopy: Gastroenterology.']),
  rule('constipation', 'gastro', 25, 'abdomen', ['便秘', 'Constipation'], '大便干|排便困难|几天不大便', ['便秘建议消化内科。', 'Constipation: Gastroenterology.'], ADULT),
  rule('constipation-child', 'peds', 30, 'abdomen', ['便秘', 'Constipation'], '大便干|排便困难|几天不大便', ['儿童便秘请看儿科。', 'Children with constipation see Pediatrics.'], CHILD),
  rule('haemorrhoids', 'gensurg', 30, 'abdomen', ['痔疮', 'Haemorrhoids'], '肛门痛|肛门出血|肛周|肛裂', ['痔疮、肛周疾病请到普外科。', 'Haemorrhoids and anal problems: General Surgery.']),
  rule('jaundice', 'gastro', 30, 'abdomen', ['皮肤发黄', 'Jaundice'], '眼睛发黄|黄疸|尿黄', ['皮肤眼睛发黄需查肝胆，建议消化内科。', 'Yellow skin or eyes need a liver check: Gastroenterology.']),
  rule('hernia', 'gensurg', 30, 'abdomen', ['腹股沟包块', 'Groin lump'], '疝气|腹股沟|大腿根部包块|肚子上鼓包', ['腹股沟包块多为疝，建议普外科。', 'A groin lump is usually a hernia: General Surgery.'], ADULT),
  rule('hernia-child', 'pedsurg', 40, 'abdomen', ['腹股沟包块', 'Groin lump'], '疝气|腹股沟|大腿根部包块', ['儿童疝气请到小儿外科。', 'Children with a hernia see Pediatric Surgery.'], CHILD),
  rule('gallstone', 'gensurg', 25, 'abdomen', ['胆结石', 'Gallstones'], '胆囊|右上腹痛', ['胆结石、胆囊炎可到普外科评估手术。', 'Gallstones: General Surgery.']),
  rule('low-back', 'ortho', 30, 'back', ['腰痛', 'Low back pain'], '腰疼|腰椎间盘|腰酸|坐骨神经|腰突', ['腰痛多为腰椎问题，建议骨科。', 'Low back pain is usually the spine: Orthopedics.']),
  rule('kidney-stone', 'uro', 40, 'back', ['腰痛伴血尿', 'Back pain with blood in urine'], '腰痛+血尿|肾结石|输尿管结石|肾绞痛|尿路结石', ['腰痛伴血尿常见于泌尿系结石，建议泌尿外科。', 'Back pain with blood in the urine is often a stone: Urology.']),
  rule('haematuria', 'uro', 30, 'pelvis', ['血尿', 'Blood in urine'], '尿血|尿里有血|尿发红', ['血尿需查泌尿系统，建议泌尿外科。', 'Blood in the urine: Urology.']),
  rule('urinary', 'uro', 25, 'pelvis', ['尿频尿急', 'Frequent urination'], '尿频|尿急|尿痛|排尿困难|尿不尽|夜尿多', ['尿频、尿急、尿痛建议泌尿外科。', 'Frequent or painful urination: Urology.'], ADULT),
  rule('prostate', 'uro', 35, 'pelvis', ['前列腺问题', 'Prostate trouble'], '前列腺|排尿费力|尿线细', ['前列腺问题请到泌尿外科。', 'Prostate problems: Urology.'], { sex: 'male' }),
  rule('male-genital', 'uro', 35, 'pelvis', ['阴囊睾丸不适', 'Scrotal or testicular pain'], '阴囊|睾丸|阳痿|早泄|勃起', ['男性生殖系统问题请到泌尿外科。', 'Male genital problems: Urology.'], { ...ADULT, sex: 'male' }),
  rule('boy-genital', 'pedsurg', 40, 'pelvis', ['阴囊睾丸不适', 'Scrotal or testicular pain'], '隐睾|阴囊|睾丸|包皮|尿道下裂', ['男孩隐睾、鞘膜积液、包皮问题请到小儿外科。', 'Boys with genital problems see Pediatric Surgery.'], { ...CHILD, sex: 'male' }),
  rule('oedema', 'nephro', 30, 'whole', ['水肿', 'Swelling (oedema)'], '泡沫尿|尿蛋白|浮肿|眼睑肿|肌酐高|腿肿', ['水肿、泡沫尿需查肾功能，建议肾内科。', 'Swelling or foamy urine needs a kidney check: Nephrology.']),
  rule('period', 'gyn', 35, 'pelvis', ['月经不调', 'Irregular periods'], '月经|痛经|闭经|经期|经量', ['月经问题请到妇科。', 'Period problems: Gynecology.'], { sex: 'female', pregnancy: 'not_pregnant', minAge: 10 }),
  rule('discharge', 'gyn', 35, 'pelvis', ['白带异常', 'Vaginal discharge'], '白带|阴道瘙痒|外阴瘙痒|阴道炎|外阴', ['白带异常、外阴瘙痒请到妇科。', 'Vaginal discharge or itching: Gynecology.'], { sex: 'female', minAge: 10 }),
  rule('lower-abdomen-female', 'gyn', 40, 'pelvis', ['下腹痛', 'Lower abdominal pain'], '小腹痛|小腹疼|下腹疼|下腹痛', ['女性下腹痛需排除妇科疾病，建议妇科。', 'Women with lower abdominal pain: Gynecology.'], { sex: 'female', pregnancy: 'not_pregnant', minAge: 14 }),
  rule('lower-abdomen', 'gastro', 20, 'pelvis', ['下腹痛', 'Lower abdominal pain'], '小腹痛|小腹疼|下腹疼', ['下腹痛可先看消化内科。', 'Lower abdominal pain: Gastroenterology first.'], { sex: 'male', ...ADULT }),
  rule('vaginal-bleeding', 'gyn', 35, 'pelvis', ['阴道出血', 'Vaginal bleeding'], '阴道流血|非经期出血|同房后出血', ['非经期阴道出血请到妇科。', 'Bleeding outside periods: Gynecology.'], { sex: 'female', pregnancy: 'not_pregnant' }),
  rule('vaginal-bleeding-pregnant', 'obst', 60, 'pelvis', ['阴道出血', 'Vaginal bleeding'], '阴道流血|见红|流血', ['孕期阴道出血请立即到产科。', 'Bleeding in pregnancy: Obstetrics now.'], PREGNANT),
  rule('abdominal-pain-pregnant', 'obst', 60, 'abdomen', ['腹痛', 'Abdominal pain'], '肚子痛|肚子疼|小腹痛|下腹痛|宫缩', ['孕期腹痛请到产科。', 'Abdominal pain in pregnancy: Obstetrics.'], PREGNANT),
  rule('pregnancy-care', 'obst', 40, 'pelvis', ['孕期检查', 'Pregnancy care'], '怀孕|产检|孕期|胎动|破水|停经', ['怀孕及产前检查请到产科。', 'Pregnancy and antenatal care: Obstetrics.'], { sex: 'female', minAge: 12 }),
  rule('infertility', 'gyn', 30, 'pelvis', ['不孕', 'Infertility'], '备孕|怀不上|不孕不育', ['不孕请到妇科。', 'Infertility: Gynecology.'], { sex: 'female' }),
];
