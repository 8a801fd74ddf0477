import type { SessionTokens } from '@xinglin/contracts';
import { readJson, remove, writeJson } from './storage';

/** The signed-in session (tokens + account), kept with Taro.setStorageSync under one key. */
const KEY = 'xl.session';

type Listener = (session: SessionTokens | null) => void;
const listeners = new Set<Listener>();

export function loadSession(): SessionTokens | null {
  const s = readJson<SessionTokens>(KEY);
  return s && typeof s.accessToken === 'string' && typeof s.refreshToken === 'string' ? s : null;
}

export function saveSession(session: SessionTokens): void {
  writeJson(KEY, session);
  listeners.forEach((fn) => fn(session));
}

export function clearSession(): void {
  remove(KEY);
  listeners.forEach((fn) => fn(null));
}

/** Subscribe to sign-in, token rotation and sign-out; returns the unsubscribe function. */
export function onSessionChange(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
