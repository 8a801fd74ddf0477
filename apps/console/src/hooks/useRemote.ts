import { useCallback, useEffect, useState, type DependencyList } from 'react';
import { toRequestError, type NormalizedError } from '../services/api-error';

export interface Remote<T> {
  data: T | undefined;
  loading: boolean;
  error: NormalizedError | null;
  /** Loads again with the same inputs (after an acknowledge, a retry button…). */
  reload: () => void;
}

/**
 * Loads data for a page (a small ahooks-style useRequest): reruns when `deps` change, aborts the
 * previous call so a slow answer never overwrites a newer one, and keeps the last data while
 * loading so tables do not flash empty. Errors were already shown by request()'s handler.
 */
export function useRemote<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): Remote<T> {
  const [data, setData] = useState<T>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<NormalizedError | null>(null);
  const [nonce, setNonce] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    load(controller.signal).then(
      (value) => {
        if (controller.signal.aborted) return;
        setData(value);
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        setError(toRequestError(failure).info);
        setLoading(false);
      },
    );
    return () => controller.abort();
    // `load` is a fresh closure each render; `deps` says when its inputs really changed.
  }, [...deps, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { data, loading, error, reload };
}
