/** HL7 v2 ORU^R01 messages for the reports tests: every segment and value type the issue lists. Test-only. */
export interface OruOptions {
  controlId: string;
  idNumber?: string;
  cardNo?: string;
  name?: string;
  birthDate?: string;
  fillerOrderNo?: string;
  resultStatus?: string;
  glucose?: string;
  version?: string;
  charset?: string;
  facility?: string;
}

const ts = '20261120083000+0800';

export function labOru(o: OruOptions): string {
  const v = o.version ?? '2.5.1';
  const ids = [o.idNumber ? `${o.idNumber}^^^CHN^NI` : '', o.cardNo ? `${o.cardNo}^^^XLH^MR` : ''].filter(Boolean).join('~');
  const birth = (o.birthDate ?? '').replace(/-/g, '');
  const segments = [
    `MSH|^~\\&|LIS|${o.facility ?? 'XLH'}|XINGLIN|XLH|${ts}||ORU^R01^ORU_R01|${o.controlId}|P|${v}|||||CHN|${o.charset ?? 'UNICODE UTF-8'}`,
    `PID|1||${ids}||${o.name ?? '测试患者'}||${birth}|M`,
    `ORC|RE|P-${o.controlId}|${o.fillerOrderNo ?? `F-${o.controlId}`}||CM`,
    `OBR|1|P-${o.controlId}|${o.fillerOrderNo ?? `F-${o.controlId}`}|BIO^生化检验^L|||${ts}||||||||静脉血|D001^李医生||||||20261120100000+0800||LAB|${o.resultStatus ?? 'F'}`,
    'NTE|1||标本轻度溶血',
    `OBX|1|NM|GLU^空腹血糖^L||${o.glucose ?? '7.8'}|mmol/L|3.9-6.1|H|||${o.resultStatus ?? 'F'}|||${ts}`,
    'NTE|1||请空腹复查',
    `OBX|2|NM|K^钾^L||2.5|mmol/L|3.5-5.3|LL|||F`,
    `OBX|3|NM|ALT^丙氨酸氨基转移酶^L||20|U/L|9-50|N|||F`,
    `OBX|4|NM|HGB^血红蛋白^L||98|g/L|130-175|L|||F`,
    `OBX|5|SN|CRP^C反应蛋白^L||>^10|mg/L|0-10|HH|||F`,
    `OBX|6|ST|ABO^血型^L||A型|||N|||F`,
    `OBX|7|TX|MORPH^形态描述^L||红细胞大小不等，可见靶形红细胞|||A|||F`,
    `OBX|8|CE|PRO^尿蛋白^L||POS^阳性^L|||A|||F`,
    `OBX|9|CWE|BLD^尿潜血^L||NEG^阴性^L|||N|||F`,
  ];
  return segments.join('\r') + '\r';
}

export function imagingOru(o: OruOptions & { studyUid: string }): string {
  const v = o.version ?? '2.5.1';
  const segments = [
    `MSH|^~\\&|PACS|${o.facility ?? 'XLH'}|XINGLIN|XLH|${ts}||ORU^R01^ORU_R01|${o.controlId}|P|${v}|||||CHN|UNICODE UTF-8`,
    `PID|1||${o.idNumber}^^^CHN^NI||${o.name ?? '测试患者'}`,
    `OBR|1|P-${o.controlId}|${o.fillerOrderNo ?? `F-${o.controlId}`}|CT-CHEST^胸部CT平扫^L|||${ts}|||||||||||||||20261120110000+0800||CT|F`,
    `OBX|1|TX|59776-5^检查所见^LN||双肺纹理清晰，未见明确结节。||||||F`,
    `OBX|2|TX|19005-8^诊断意见^LN||胸部CT平扫未见明显异常。||||||F`,
    `OBX|3|ST|113014^Study Instance UID^DCM||${o.studyUid}||||||F`,
  ];
  return segments.join('\r') + '\r';
}
