import { describe, expect, it } from 'vitest';
import { maskAddress, maskIdNumber, maskName, maskPhone, maskText } from './mask';

describe('maskPhone', () => {
  it('keeps the 3-digit prefix and last 4 of mainland mobiles', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone('+8613812341234')).toBe('+86138****1234');
    expect(maskPhone('138-1234-1234')).toBe('138****1234');
  });

  it('masks other numbers without assuming mainland lengths', () => {
    expect(maskPhone('+85291234567')).toBe('+85****4567');
    expect(maskPhone('010-62751234')).toBe('010****1234');
    expect(maskPhone('91234567')).toBe('****4567');
    expect(maskPhone('12345')).toBe('****');
    expect(maskPhone('')).toBe('');
  });
});

describe('maskIdNumber', () => {
  it('hides the birth date of mainland ID numbers', () => {
    expect(maskIdNumber('110101199003071234')).toBe('110101********1234');
    expect(maskIdNumber('11010119900307123x')).toBe('110101********123X');
    expect(maskIdNumber('110101900307123')).toBe('110101******123');
  });

  it('keeps the first 2 and last 2 of passports and permits', () => {
    expect(maskIdNumber('E12345678')).toBe('E1*****78');
    expect(maskIdNumber('h1234567')).toBe('H1****67');
    expect(maskIdNumber('AB123')).toBe('AB*23');
  });

  it('hides short values completely', () => {
    expect(maskIdNumber('1234')).toBe('****');
    expect(maskIdNumber('')).toBe('');
  });
});

describe('maskName', () => {
  it('keeps the first character of Chinese names', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳小明')).toBe('欧***');
    expect(maskName('𠮷田')).toBe('𠮷*');
    expect(maskName('买买提·吐尔逊')).toBe('买**·***');
  });

  it('keeps the initial of each word of Latin-script names', () => {
    expect(maskName('John Smith')).toBe('J*** S****');
    expect(maskName(' José  García ')).toBe('J*** G*****');
  });

  it('hides one-character names completely', () => {
    expect(maskName('张')).toBe('*');
    expect(maskName('Madonna')).toBe('M******');
    expect(maskName('')).toBe('');
  });
});

describe('maskAddress', () => {
  it('keeps province, city and district/county', () => {
    expect(maskAddress('北京市海淀区中关村大街1号')).toBe('北京市海淀区****');
    expect(maskAddress('广东省深圳市南山区科技园科苑路15号')).toBe('广东省深圳市南山区****');
    expect(maskAddress('江苏省苏州市昆山市玉山镇')).toBe('江苏省苏州市昆山市****');
    expect(maskAddress('内蒙古自治区呼和浩特市新城区中山路')).toBe('内蒙古自治区呼和浩特市新城区****');
    expect(maskAddress('湖北省恩施土家族苗族自治州恩施市舞阳大道')).toBe('湖北省恩施土家族苗族自治州恩施市****');
    expect(maskAddress('上海市浦东新区张江路')).toBe('上海市浦东新区****');
  });

  it('does not mistake residential compounds or shops for divisions', () => {
    expect(maskAddress('朝阳区望京花园小区3号楼')).toBe('朝阳区****');
    expect(maskAddress('望京花园小区3号楼')).toBe('****');
    expect(maskAddress('中关村超市')).toBe('****');
  });

  it('returns a bare region unchanged and hides unrecognised addresses', () => {
    expect(maskAddress('浙江省杭州市西湖区')).toBe('浙江省杭州市西湖区');
    expect(maskAddress('Flat 3, 5 Main Street')).toBe('****');
    expect(maskAddress('  ')).toBe('');
  });
});

describe('maskText', () => {
  it('keeps the first 2 characters of free text', () => {
    expect(maskText('高血压病史10年，规律服药')).toBe('高血…');
    expect(maskText('  \n既往 体健')).toBe('既往…');
  });

  it('never shows a short text whole', () => {
    expect(maskText('头痛')).toBe('头…');
    expect(maskText('咳')).toBe('…');
    expect(maskText('')).toBe('');
  });
});
