import { CHILD, rule, type SeedRule } from './types';

const GO_NOW: [string, string] = ['可能危及生命，请立即前往急诊或拨打 120，不要等待门诊。', 'This may be life-threatening: go to the emergency room or call 120 now; do not wait for a clinic.'];
const red = (code: string, bodyPart: string, symptom: [string, string], keywords: string, condition = {}): SeedRule =>
  rule(code, 'er', 100, bodyPart, symptom, keywords, GO_NOW, condition, true);

/** Red flags (危急症状): the answer is 急诊 now, whatever else was said. */
export const emergencyRules: SeedRule[] = [
  red('red-chest-pain-sweat', 'chest', ['胸痛伴大汗', 'Chest pain with sweating'], '胸痛+大汗|胸痛+出汗|胸痛+冷汗|胸口痛+大汗|胸口疼+大汗|胸口痛+出汗|胸闷+大汗'),
  red('red-dyspnoea', 'chest', ['呼吸困难', 'Cannot breathe'], '喘不上气|喘不过气|透不过气|呼吸急促|憋得喘不'),
  red('red-unconscious', 'head', ['意识不清', 'Confused or unconscious'], '昏迷|叫不醒|神志不清|昏倒|晕倒|晕厥|不省人事'),
  red('red-stroke', 'head', ['口角歪斜', 'Face drooping'], '嘴歪|言语不清|说话含糊|半边身子|一侧肢体无力|半身不遂|突然看不见'),
  red('red-bleeding', 'whole', ['大出血', 'Heavy bleeding'], '呕血|吐血|出血不止|血流不止'),
  red('red-seizure', 'head', ['抽搐', 'Seizure'], '惊厥|口吐白沫|抽风'),
  red('red-trauma', 'whole', ['严重外伤', 'Serious injury'], '车祸|高处坠落|从高处摔|刀伤|严重外伤'),
  red('red-self-harm', 'mind', ['想伤害自己', 'Thoughts of self-harm'], '想自杀|不想活|自杀|自残|轻生'),
  red('red-poisoning', 'whole', ['误服中毒', 'Poisoning'], '中毒|误服|吃错药|农药|煤气'),
  red('red-tearing-pain', 'chest', ['撕裂样胸背痛', 'Tearing chest or back pain'], '撕裂样|撕裂痛|胸背部剧痛'),
  red('red-anaphylaxis', 'whole', ['严重过敏', 'Severe allergic reaction'], '喉头水肿|过敏+呼吸困难|过敏+喉咙发紧|过敏+嘴唇肿'),
  red('red-child-lethargy', 'whole', ['高热精神差', 'High fever and drowsy'], '高烧+精神差|发烧+嗜睡|发热+精神差|高热+嗜睡', CHILD),
];
