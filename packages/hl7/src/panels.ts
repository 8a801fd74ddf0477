/** Lab panels a Chinese hospital LIS sends most, with the units and adult reference ranges printed on reports. */

export interface PanelTest {
  code: string;
  name: string;
  unit?: string;
  /** NM results: the numeric range; `range` is what OBX-7 shows. */
  low?: number;
  high?: number;
  decimals?: number;
  range: string;
  /** ST results (qualitative): the normal answer and the abnormal ones. */
  normalText?: string;
  abnormalTexts?: string[];
}

export interface Panel {
  code: string;
  name: string;
  specimen: string;
  tests: PanelTest[];
}

const nm = (code: string, name: string, unit: string | undefined, low: number | undefined, high: number | undefined, decimals: number, range?: string): PanelTest => ({
  code, name, unit, low, high, decimals,
  range: range ?? `${low!.toFixed(decimals)}-${high!.toFixed(decimals)}`,
});
const st = (code: string, name: string, abnormal: string[]): PanelTest => ({ code, name, range: '阴性', normalText: '阴性', abnormalTexts: abnormal });

export const PANELS = {
  CBC: {
    code: 'CBC', name: '血常规', specimen: '静脉血',
    tests: [
      nm('WBC', '白细胞计数', '10^9/L', 3.5, 9.5, 2),
      nm('RBC', '红细胞计数', '10^12/L', 4.3, 5.8, 2),
      nm('HGB', '血红蛋白', 'g/L', 130, 175, 0),
      nm('HCT', '红细胞压积', '%', 40, 50, 1),
      nm('PLT', '血小板计数', '10^9/L', 125, 350, 0),
      nm('NEUT%', '中性粒细胞百分比', '%', 40, 75, 1),
      nm('LYMPH%', '淋巴细胞百分比', '%', 20, 50, 1),
    ],
  },
  LFT: {
    code: 'LFT', name: '肝功能', specimen: '血清',
    tests: [
      nm('ALT', '丙氨酸氨基转移酶', 'U/L', 9, 50, 0),
      nm('AST', '天门冬氨酸氨基转移酶', 'U/L', 15, 40, 0),
      nm('TBIL', '总胆红素', 'μmol/L', 0, 26, 1),
      nm('DBIL', '直接胆红素', 'μmol/L', 0, 8, 1),
      nm('TP', '总蛋白', 'g/L', 65, 85, 1),
      nm('ALB', '白蛋白', 'g/L', 40, 55, 1),
    ],
  },
  GLU: {
    code: 'GLU', name: '空腹血糖', specimen: '血清',
    tests: [nm('GLU', '葡萄糖', 'mmol/L', 3.9, 6.1, 2)],
  },
  LIPID: {
    code: 'LIPID', name: '血脂', specimen: '血清',
    tests: [
      nm('TC', '总胆固醇', 'mmol/L', undefined, 5.2, 2, '<5.2'),
      nm('TG', '甘油三酯', 'mmol/L', undefined, 1.7, 2, '<1.7'),
      nm('HDL-C', '高密度脂蛋白胆固醇', 'mmol/L', 1.0, undefined, 2, '>1.0'),
      nm('LDL-C', '低密度脂蛋白胆固醇', 'mmol/L', undefined, 3.4, 2, '<3.4'),
    ],
  },
  URINE: {
    code: 'UA', name: '尿常规', specimen: '尿液',
    tests: [
      nm('PH', '酸碱度', undefined, 4.5, 8.0, 1),
      nm('SG', '比重', undefined, 1.003, 1.03, 3),
      st('PRO', '尿蛋白', ['1+', '2+', '3+']),
      st('GLU-U', '尿糖', ['1+', '2+']),
      st('KET', '酮体', ['1+']),
      st('BLD', '潜血', ['1+', '2+']),
      nm('WBC-U', '白细胞', '/μL', 0, 25, 0),
    ],
  },
} satisfies Record<string, Panel>;

export type PanelName = keyof typeof PANELS;
export const PANEL_NAMES = Object.keys(PANELS) as PanelName[];
