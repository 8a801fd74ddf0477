import type { DoctorTitle } from '@xinglin/contracts';
import { doctorTitleNames } from '@xinglin/contracts';
import { SEARCH_FIELDS, tag, type QueryTerm, type SearchField } from './search-tokens';

/** Exact name > department > disease or specialty > introduction. */
export const FIELD_WEIGHT: Record<SearchField, number> = { name: 100, dept: 40, keyword: 20, intro: 4 };
/** A department that a symptom word points to (from the triage rules) counts like a department match. */
export const SYMPTOM_DEPARTMENT_SCORE = FIELD_WEIGHT.dept * 2;

export interface RankedMatch {
  score: number;
  /** The field that contributed most, shown to the patient as why it matched. */
  matchedBy: SearchField | 'symptom' | null;
}

/**
 * Each query term counts once, on the best field it matched; the sum is scaled by how much of the query matched,
 * so a row matching every word beats one matching a single word in a better field only when that makes sense.
 */
export function rankTokens(terms: QueryTerm[], tokens: ReadonlySet<string>): RankedMatch {
  let score = 0;
  let matchedWeight = 0;
  let totalWeight = 0;
  const byField = new Map<SearchField, number>();
  for (const { term, weight } of terms) {
    totalWeight += weight;
    let best: SearchField | null = null;
    for (const f of SEARCH_FIELDS) {
      if (tokens.has(tag(f, term)) && (!best || FIELD_WEIGHT[f] > FIELD_WEIGHT[best])) best = f;
    }
    if (!best) continue;
    matchedWeight += weight;
    score += FIELD_WEIGHT[best] * weight;
    byField.set(best, (byField.get(best) ?? 0) + FIELD_WEIGHT[best] * weight);
  }
  if (score === 0) return { score: 0, matchedBy: null };
  const coverage = matchedWeight / totalWeight;
  const matchedBy = [...byField].sort((a, b) => b[1] - a[1])[0]![0];
  return { score: Math.round(score * (0.5 + 0.5 * coverage) * 100) / 100, matchedBy };
}

/** Adds the symptom route: a department suggested for the query's symptom words. */
export function withSymptomBoost(match: RankedMatch, suggested: boolean): RankedMatch {
  if (!suggested) return match;
  const score = match.score + SYMPTOM_DEPARTMENT_SCORE;
  return { score, matchedBy: match.score >= SYMPTOM_DEPARTMENT_SCORE ? match.matchedBy : 'symptom' };
}

// Longest first: 副主任医师 contains 主任医师.
const TITLE_WORDS: [string, DoctorTitle][] = (Object.entries(doctorTitleNames) as [DoctorTitle, { zh: string }][])
  .map(([title, names]): [string, DoctorTitle] => [names.zh, title])
  .sort((a, b) => b[0].length - a[0].length);

/** A title typed into the search box (主任医师 陈) is a filter, not text to match. */
export function extractTitle(query: string): { text: string; title: DoctorTitle | undefined } {
  for (const [word, title] of TITLE_WORDS) {
    if (query.includes(word)) return { text: query.replace(word, ' ').trim(), title };
  }
  return { text: query.trim(), title: undefined };
}
