import { useState } from 'react';
import { errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';

/**
 * One submission at a time: `busy` while it runs, then its result, or its error (kept raw for callers that look at the
 * code, and as text in the user's language). A second tap while busy is ignored.
 */
export function useSubmit<T>() {
  const { lang } = usePrefs();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ err: unknown } | null>(null);
  const [result, setResult] = useState<T | null>(null);

  const run = async (action: () => Promise<T>, onError?: (err: unknown) => void) => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      setResult(await action());
    } catch (err) {
      setFailure({ err });
      onError?.(err);
    } finally {
      setBusy(false);
    }
  };

  return {
    busy,
    result,
    failure: failure?.err ?? null,
    error: failure ? errorMessage(failure.err, lang) : null,
    run: (action: () => Promise<T>, onError?: (err: unknown) => void) => void run(action, onError),
    clearError: () => setFailure(null),
  };
}
