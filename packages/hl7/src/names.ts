/** Person names (XPN in PID-5, XCN in OBR-16 / ORC-12) rendered the way a Chinese hospital writes them. */
import type { FieldRepetition } from './parser';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Family + given: "张" + "三" → "张三" (no space when CJK); "SMITH" + "JOHN" → "JOHN SMITH". */
export function joinName(family: string, given: string, middle = ''): string | undefined {
  const f = family.trim();
  const g = [given.trim(), middle.trim()].filter(Boolean).join(' ');
  if (!f && !g) return undefined;
  if (!f) return g;
  if (!g) return f;
  if (CJK.test(f) || CJK.test(g)) return `${f}${g.replace(/\s+/g, '')}`;
  return `${g} ${f}`;
}

/** XPN: 1 family (FN.1 surname), 2 given, 3 middle. */
export function personName(rep: FieldRepetition | undefined): string | undefined {
  if (!rep) return undefined;
  return joinName(rep.get(1, 1), rep.get(2), rep.get(3));
}

/** XCN: 1 id, 2 family, 3 given, 4 middle; falls back to the id when no name is given. */
export function providerName(rep: FieldRepetition | undefined): string | undefined {
  if (!rep) return undefined;
  return joinName(rep.get(2, 1), rep.get(3), rep.get(4)) ?? (rep.get(1).trim() || undefined);
}
