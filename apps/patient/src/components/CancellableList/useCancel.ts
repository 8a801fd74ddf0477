import { useState } from 'react';
import { errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { toast } from '../../utils/toast';

interface Options {
  /** Toast once cancelled (e.g. 已取消预约). */
  doneText: string;
  /** Reload the list so the card shows its new status. */
  onDone: () => void;
}

/**
 * 取消 with a confirmation: `ask(item)` opens the dialog; spread `dialog` into ConfirmDialog. The outcome is a toast,
 * the server's reason in the user's language when it refuses (e.g. too late on the day).
 */
export function useCancel<T>(cancel: (item: T) => Promise<unknown>, { doneText, onDone }: Options) {
  const { lang } = usePrefs();
  const [target, setTarget] = useState<T | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    if (target === null) return;
    setBusy(true);
    try {
      await cancel(target);
      toast(doneText);
      onDone();
    } catch (err) {
      toast(errorMessage(err, lang));
    } finally {
      setBusy(false);
      setTarget(null);
    }
  };

  return {
    ask: (item: T) => setTarget(item),
    dialog: { open: target !== null, busy, onConfirm: () => void confirm(), onCancel: () => setTarget(null) },
  };
}
