import { useSyncExternalStore } from 'react';
import { sessionTokensSchema, type Account, type SessionTokens } from '@xinglin/contracts';

/**
 * The signed-in staff member's tokens and account, kept in localStorage so a reload keeps the
 * session. Refresh tokens rotate: every refresh replaces the stored pair.
 */
const STORAGE_KEY = 'xinglin.console.session';
/** logout: signed out on purpose; idle: the server ended an inactive session; expired: anything else. */
export type EndReason = 'logout' | 'expired' | 'idle';

const listeners = new Set<() => void>();
let current: SessionTokens | null = load();
let endReason: EndReason | null = null;

function load(): SessionTokens | null {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = sessionTokensSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return null;
    if (Date.parse(parsed.data.refreshTokenExpiresAt) <= Date.now()) return null;
    return parsed.data;
  } catch {
    return null;
  }
}

function persist(): void {
  try {
    if (current) globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(current));
    else globalThis.localStorage?.removeItem(STORAGE_KEY);
  } catch {
    // storage blocked: the session lives for this tab only
  }
}

function emit(): void {
  listeners.forEach((fn) => fn());
}

export function getSession(): SessionTokens | null {
  return current;
}

export function saveSession(tokens: SessionTokens): void {
  current = tokens;
  endReason = null;
  persist();
  emit();
}

export function updateAccount(account: Account): void {
  if (!current) return;
  current = { ...current, account };
  persist();
  emit();
}

export function clearSession(reason: EndReason): void {
  if (!current) return;
  current = null;
  endReason = reason;
  persist();
  emit();
}

/**
 * Why a 401 ended the session. Staff sessions end after 30 minutes without activity (等保 level 3):
 * the server then answers UNAUTHENTICATED and refuses the refresh token too, so that pair is
 * what "signed out for inactivity" looks like from here.
 */
export function endReasonAfter401(refreshed: boolean, code: string): EndReason {
  return !refreshed && code === 'UNAUTHENTICATED' ? 'idle' : 'expired';
}

/** Why the last session ended, so the login page can say "your session expired". */
export function lastEndReason(): EndReason | null {
  return endReason;
}

function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function useSession(): SessionTokens | null {
  return useSyncExternalStore(subscribe, getSession, getSession);
}

// Another tab signed in or out: follow it.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY) return;
    const next = load();
    if (!next && current) endReason = 'logout';
    current = next;
    emit();
  });
}
