import type { SeedHospital } from './types';

/** The demo hospital. Names, addresses and phone numbers are fictional. */
export const seedHospital: SeedHospital = {
  code: 'xlfph',
  name: '杏林市第一人民医院',
  nameEn: "Xinglin First People's Hospital",
  level: '三级甲等',
  intro:
    '杏林市第一人民医院始建于 1952 年，是一所集医疗、教学、科研、预防于一体的三级甲等综合医院。' +
    '医院现有本部和东院区两个院区，开放床位 2600 余张，设临床和医技科室 50 余个，' +
    '心血管、呼吸与危重症、骨科、妇产和儿科为省级重点专科。',
  campuses: [
    {
      code: 'main',
      name: '本部',
      nameEn: 'Main Campus',
      address: '杏林市仁和区杏林大道 1 号',
      phone: '0123-5550 1000',
    },
    {
      code: 'east',
      name: '东院区',
      nameEn: 'East Campus',
      address: '杏林市东湖区春晖路 88 号',
      phone: '0123-5550 2000',
    },
  ],
};
