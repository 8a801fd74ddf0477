import type { SearchResult } from '@xinglin/contracts';
import { request } from '../../services/request';

/** GET /search: departments and doctors for the words typed, with remaining places. */
export const searchCatalog = (q: string) => request<SearchResult>('/search', { query: { q, limit: 20 }, auth: false });

/** Words patients search most; each shows a different kind of match (symptom, disease, department, title). */
export const HOT_WORDS = ['胃痛', '糖尿病', '儿科', '主任医师', '头痛', '眼科'] as const;
