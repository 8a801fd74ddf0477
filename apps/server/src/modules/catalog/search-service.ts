import type { SearchQuery, SearchResult, SessionAvailability } from '@xinglin/contracts';
import type { Db, Executor } from '../../db/client';
import { addDays, chinaDate } from '../schedule/domain';
import { extractTitle, rankTokens, withSymptomBoost } from './search-rank';
import * as repo from './search-repository';
import { candidateTokens, queryTerms } from './search-tokens';

/** Departments a symptom word points to, with the reason (the triage rules answer this; injected to keep contexts apart). */
export type SymptomLookup = (tx: Executor, text: string) => Promise<{ departmentCode: string; reason: string }[]>;

export type SearchService = ReturnType<typeof createSearchService>;

const DEFAULT_DAYS = 7;

export function createSearchService({ db, apiPrefix, now = () => new Date(), symptoms }: { db: Db; apiPrefix: string; now?: () => Date; symptoms?: SymptomLookup }) {
  let indexChecked = false;

  async function ensureIndex(tx: Executor) {
    if (indexChecked) return;
    if (await repo.searchIndexIncomplete(tx)) await repo.reindexSearch(tx);
    indexChecked = true;
  }

  return {
    /** Departments and doctors for a Chinese query, ranked, with live remaining places. */
    async search(query: SearchQuery): Promise<SearchResult> {
      const parsed = extractTitle(query.q);
      const title = query.title ?? parsed.title;
      const text = parsed.text;
      const terms = queryTerms(text);
      const tokens = candidateTokens(terms);
      const at = now();
      const from = query.date ?? chinaDate(at);
      const to = query.date ?? addDays(from, DEFAULT_DAYS - 1);

      return db.transaction(async (tx) => {
        await ensureIndex(tx);
        const hits = text && symptoms ? await symptoms(tx, text) : [];
        const reasons = new Map<string, string>();
        for (const h of hits) if (!reasons.has(h.departmentCode)) reasons.set(h.departmentCode, h.reason);
        const suggested = await repo.departmentIdsByCode(tx, [...reasons.keys()]);
        const suggestedIds = new Set(suggested.map((d) => d.id));

        const deptRows = text ? await repo.matchingDepartments(tx, tokens, [...reasons.keys()]) : [];
        const rankedDepts = deptRows
          .map((d) => ({ ...d, ...withSymptomBoost(rankTokens(terms, new Set(d.searchTokens)), reasons.has(d.code)) }))
          .filter((d) => d.score > 0)
          .sort((a, b) => b.score - a.score)
          .slice(0, query.limit);
        const deptFree = new Map((await repo.departmentRemaining(tx, rankedDepts.map((d) => d.id), from, to, at)).map((r) => [r.departmentId, r.free]));

        const docRows = await repo.matchingDoctors(tx, { tokens, departmentIds: [...suggestedIds], title, date: query.date, all: !text });
        const rankedDocs = docRows
          .map((d) => {
            const match = text ? withSymptomBoost(rankTokens(terms, new Set(d.searchTokens)), suggestedIds.has(d.departmentId)) : { score: 0, matchedBy: 'filter' as const };
            return { ...d, ...match };
          })
          .filter((d) => !text || d.score > 0);
        const sessions = await repo.sessionAvailability(tx, rankedDocs.map((d) => d.id), from, to);
        const byDoctor = new Map<string, SessionAvailability[]>();
        for (const s of sessions) {
          const open = s.status === 'open';
          const view: SessionAvailability = { sessionId: s.sessionId, date: s.date, period: s.period, level: s.level, feeFen: s.feeFen, released: s.releaseAt <= at, remaining: open ? s.free : 0 };
          byDoctor.set(s.doctorId, [...(byDoctor.get(s.doctorId) ?? []), view]);
        }
        const doctors = rankedDocs
          .map(({ searchTokens: _t, code: _c, ...d }) => {
            const own = byDoctor.get(d.id) ?? [];
            const bookable = own.filter((s) => s.released && s.remaining > 0);
            return {
              ...d,
              matchedBy: d.matchedBy ?? 'filter',
              avatarUrl: `${apiPrefix}/doctors/${d.id}/avatar.png`,
              sessions: own,
              remaining: bookable.reduce((n, s) => n + s.remaining, 0),
              nextAvailableDate: bookable[0]?.date ?? null,
            };
          })
          // Best match first; among equals, the doctor with places today beats one without.
          .sort((a, b) => b.score - a.score || Number(b.remaining > 0) - Number(a.remaining > 0))
          .slice(0, query.limit);

        return {
          query: { text, title: title ?? null, from, to },
          departments: rankedDepts.map(({ searchTokens: _t, ...d }) => ({
            ...d,
            matchedBy: d.matchedBy ?? 'symptom',
            reason: reasons.get(d.code) ?? null,
            remaining: deptFree.get(d.id) ?? 0,
          })),
          doctors,
        };
      });
    },

    /** Rebuilds every token; the catalogue seeder and any writer of doctors or departments call it. */
    reindex: (tx: Executor) => repo.reindexSearch(tx),
  };
}
