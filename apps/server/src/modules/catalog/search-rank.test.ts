import { describe, expect, it } from 'vitest';
import { extractTitle, rankTokens, withSymptomBoost } from './search-rank';
import { documentTokens, queryTerms } from './search-tokens';

const doctor = (name: string, dept: string, keywords: string[], intro = '') => new Set(documentTokens({ names: [name], departments: [dept], keywords, intro }));

describe('search tokens and ranking', () => {
  it('keeps dictionary words whole and adds bigrams for names outside the dictionary', () => {
    const tokens = doctor('陈建国', '心血管内科', ['冠心病'], '擅长糖尿病合并冠心病');
    expect(tokens).toContain('n:陈建国');
    expect(tokens).toContain('n:陈建');
    expect(tokens).toContain('n:陈');
    expect(tokens).toContain('k:冠心病');
    expect(tokens).toContain('d:内科');
    expect(tokens).toContain('i:糖尿病');
    expect(queryTerms('糖尿病').map((t) => t.term)).toContain('糖尿病');
    expect(queryTerms('  ')).toEqual([]);
  });

  it('ranks exact name > department > disease > intro', () => {
    const terms = queryTerms('冠心病');
    const byName = rankTokens(terms, doctor('冠心病', '眼科', []));
    const byDept = rankTokens(terms, doctor('张三', '冠心病', []));
    const byDisease = rankTokens(terms, doctor('李四', '心血管内科', ['冠心病']));
    const byIntro = rankTokens(terms, doctor('王五', '心血管内科', [], '也看冠心病'));
    expect(byName.score).toBeGreaterThan(byDept.score);
    expect(byDept.score).toBeGreaterThan(byDisease.score);
    expect(byDisease.score).toBeGreaterThan(byIntro.score);
    expect([byName.matchedBy, byDept.matchedBy, byDisease.matchedBy, byIntro.matchedBy]).toEqual(['name', 'dept', 'keyword', 'intro']);
    expect(rankTokens(terms, doctor('赵六', '眼科', ['白内障'])).score).toBe(0);
  });

  it('a symptom-suggested department adds a department-sized boost', () => {
    expect(withSymptomBoost({ score: 0, matchedBy: null }, true)).toEqual({ score: 80, matchedBy: 'symptom' });
    expect(withSymptomBoost({ score: 5, matchedBy: 'intro' }, false)).toEqual({ score: 5, matchedBy: 'intro' });
  });

  it('reads a title out of the query, the longer title first', () => {
    expect(extractTitle('主任医师')).toEqual({ text: '', title: 'chief' });
    expect(extractTitle('副主任医师 陈')).toEqual({ text: '陈', title: 'associate_chief' });
    expect(extractTitle('陈建国')).toEqual({ text: '陈建国', title: undefined });
  });
});
