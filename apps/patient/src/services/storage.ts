import Taro from '@tarojs/taro';

/** Thin, failure-tolerant wrapper over Taro's synchronous storage (localStorage on H5). */
export function readJson<T>(key: string): T | null {
  try {
    const raw: unknown = Taro.getStorageSync(key);
    if (raw === '' || raw === undefined || raw === null) return null;
    return (typeof raw === 'string' ? JSON.parse(raw) : raw) as T;
  } catch {
    return null;
  }
}

export function writeJson(key: string, value: unknown): void {
  try {
    Taro.setStorageSync(key, JSON.stringify(value));
  } catch {
    // Storage full or unavailable: the app keeps working with in-memory state.
  }
}

export function remove(key: string): void {
  try {
    Taro.removeStorageSync(key);
  } catch {
    // ignore
  }
}
