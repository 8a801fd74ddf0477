// WeChat's limits on subscribe-message values, keyed by the keyword's type prefix (thing1 → thing).
// Only the limits WeChat states plainly are enforced; time and date formats are left lenient.

export interface SubscribeTemplate {
  title: string;
  /** Keyword keys the template declares, e.g. ['thing1', 'time2']; data must fill each one. */
  keywords: readonly string[];
}

/** Templates a fresh simulator knows, named for readability (real ids are 43 random characters). */
export const DEFAULT_SUBSCRIBE_TEMPLATES: Readonly<Record<string, SubscribeTemplate>> = {
  'xinglin-visit-reminder': { title: '就诊提醒', keywords: ['name1', 'thing2', 'time3', 'thing4'] },
  'xinglin-report-ready': { title: '报告出具通知', keywords: ['name1', 'thing2', 'time3'] },
  'xinglin-payment-success': { title: '缴费成功通知', keywords: ['character_string1', 'amount2', 'time3'] },
};

type Rule = (value: string) => boolean;

const maxLen = (n: number, pattern?: RegExp): Rule => (v) => [...v].length <= n && (pattern ? pattern.test(v) : true);

const RULES: Readonly<Record<string, Rule>> = {
  thing: maxLen(20),
  number: maxLen(32, /^\d+(\.\d+)?$/),
  letter: maxLen(32, /^[A-Za-z]+$/),
  symbol: maxLen(5, /^[^\p{L}\p{N}\s]+$/u),
  character_string: maxLen(32, /^[\x21-\x7e]+$/),
  phone_number: maxLen(17, /^[\d+\-() ]+$/),
  car_number: maxLen(8),
  // 10 Chinese characters, or 20 letters or symbols.
  name: (v) => (/^[\p{Script=Han}·]+$/u.test(v) ? [...v].length <= 10 : [...v].length <= 20),
  phrase: maxLen(5, /^[\p{Script=Han}]+$/u),
  amount: (v) => /^[¥$€£]?\d{1,10}(\.\d+)?元?$/u.test(v),
  time: (v) => v.trim() !== '',
  date: (v) => v.trim() !== '',
};

export function keywordType(keyword: string): string {
  return keyword.replace(/\d+$/, '');
}

/**
 * The first problem with `data` against `template`, worded as WeChat's 47003 errmsg continues
 * ("data.thing1.value invalid"), or null when the data is acceptable.
 */
export function checkTemplateData(template: SubscribeTemplate, data: unknown): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'data invalid';
  const fields = data as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    if (!template.keywords.includes(key)) return `data.${key} not in template`;
  }
  for (const key of template.keywords) {
    const field = fields[key];
    const raw: unknown = typeof field === 'object' && field !== null ? (field as { value?: unknown }).value : undefined;
    if (raw === undefined || raw === null || raw === '') return `data.${key}.value is empty`;
    if (typeof raw !== 'string' && typeof raw !== 'number') return `data.${key}.value invalid`;
    const rule = RULES[keywordType(key)];
    if (rule && !rule(String(raw))) return `data.${key}.value invalid`;
  }
  return null;
}
