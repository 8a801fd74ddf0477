/**
 * Search tokens for Chinese text (see docs/decisions/0006-chinese-search.md).
 *
 * Words come from ICU's dictionary segmenter (Intl.Segmenter, shipped and updated with Node), so 糖尿病 and
 * 冠心病 stay whole. Names and rare terms are often out of its dictionary (陈建国 → 陈|建国), so every run of
 * Han characters also contributes its character bigrams; a query made the same way meets the document halfway.
 * Tokens are stored tagged with the field they came from (`n:陈建国`, `k:糖尿病`), so one GIN-indexed text[]
 * column answers "which rows match" and still tells the ranking which field matched.
 */

export type SearchField = 'name' | 'dept' | 'keyword' | 'intro';

const TAG: Record<SearchField, string> = { name: 'n', dept: 'd', keyword: 'k', intro: 'i' };
export const SEARCH_FIELDS: readonly SearchField[] = ['name', 'dept', 'keyword', 'intro'];

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN_RUN = /\p{Script=Han}+/gu;
// Tokens longer than this are whole phrases, never typed as a query; they would only bloat the index.
const MAX_TOKEN_LENGTH = 24;

const normalize = (text: string) => text.normalize('NFKC').toLowerCase();

/** ICU words that are words (not punctuation or spaces). */
function icuWords(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(normalize(text))) if (s.isWordLike) out.push(s.segment);
  return out;
}

function hanBigrams(text: string): string[] {
  const out: string[] = [];
  for (const [run] of normalize(text).matchAll(HAN_RUN)) {
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}

/** The untagged terms of a piece of text: ICU words plus Han bigrams. */
export function termsOf(text: string): string[] {
  return [...new Set([...icuWords(text), ...hanBigrams(text)])].filter((t) => t.length <= MAX_TOKEN_LENGTH);
}

export const tag = (field: SearchField, term: string) => `${TAG[field]}:${term}`;

export interface SearchDocument {
  /** Whole values, e.g. the doctor's name: also indexed exactly and, for names, character by character. */
  names: string[];
  departments: string[];
  keywords: string[];
  intro: string;
}

/** The tagged tokens stored in a row's search_tokens column. */
export function documentTokens(doc: SearchDocument): string[] {
  const out = new Set<string>();
  for (const name of doc.names) {
    const whole = normalize(name);
    out.add(tag('name', whole));
    // A surname alone (陈) is a real query for names, and only for names.
    for (const ch of whole.match(/\p{Script=Han}/gu) ?? []) out.add(tag('name', ch));
    for (const t of termsOf(name)) out.add(tag('name', t));
  }
  for (const d of doc.departments) {
    out.add(tag('dept', normalize(d)));
    for (const t of termsOf(d)) out.add(tag('dept', t));
  }
  for (const k of doc.keywords) {
    out.add(tag('keyword', normalize(k)));
    for (const t of termsOf(k)) out.add(tag('keyword', t));
  }
  for (const t of termsOf(doc.intro)) out.add(tag('intro', t));
  return [...out].filter((t) => t.length <= MAX_TOKEN_LENGTH + 2).sort();
}

export interface QueryTerm {
  term: string;
  /** How much a match on this term is worth: dictionary words more than bigrams, bigrams more than characters. */
  weight: number;
}

/** The terms of a query, weighted. The whole query is a term too, so an exact name or disease wins. */
export function queryTerms(query: string): QueryTerm[] {
  const q = normalize(query).trim();
  if (!q) return [];
  const terms = new Map<string, number>();
  const put = (term: string, weight: number) => terms.set(term, Math.max(terms.get(term) ?? 0, weight));
  for (const w of icuWords(q)) put(w, w.length >= 2 ? 2 : 0.5);
  for (const b of hanBigrams(q)) put(b, 1);
  if (!/\s/.test(q) && q.length <= MAX_TOKEN_LENGTH) put(q, 3);
  return [...terms].map(([term, weight]) => ({ term, weight }));
}

/** Every tagged token a row could carry for these terms: the GIN overlap filter. */
export function candidateTokens(terms: QueryTerm[]): string[] {
  return terms.flatMap(({ term }) => SEARCH_FIELDS.map((f) => tag(f, term)));
}
