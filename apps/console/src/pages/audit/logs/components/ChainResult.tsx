import { useCallback, useState } from 'react';
import { Alert } from 'antd';
import { pick, useT, type Bilingual } from '../../../../locales';
import { verifyAuditChain, type ChainCheck } from '../service';
import { text } from '../texts';

const reasons: Record<NonNullable<ChainCheck['reason']>, Bilingual> = {
  hash: text.reasonHash,
  link: text.reasonLink,
  gap: text.reasonGap,
};

/** Runs the server's chain verification; errors were already shown by request()'s handler. */
export function useChainCheck() {
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<ChainCheck | null>(null);
  const run = useCallback(async () => {
    setChecking(true);
    setResult(null);
    try {
      setResult(await verifyAuditChain());
    } catch {
      // shown by the global handler
    } finally {
      setChecking(false);
    }
  }, []);
  return { checking, result, run, dismiss: () => setResult(null) };
}

/** 校验通过 (N 条) in green, or the first broken link in red with what it means. */
export default function ChainResult({ result, onClose }: { result: ChainCheck; onClose: () => void }) {
  const { lang } = useT();
  if (result.ok) {
    return (
      <Alert
        type="success"
        showIcon
        closable={{ onClose }}
        data-testid="chain-result"
        data-chain-ok="true"
        title={pick(text.chainOk, lang, { n: result.rows })}
        description={pick(text.chainOkHint, lang)}
        style={{ marginBottom: 16 }}
      />
    );
  }
  const reason = result.reason ? pick(reasons[result.reason], lang) : '';
  return (
    <Alert
      type="error"
      showIcon
      data-testid="chain-result"
      data-chain-ok="false"
      title={`${pick(text.chainBroken, lang, { seq: result.brokenAt ?? '?' })}${reason ? `${lang === 'en-US' ? ': ' : '：'}${reason}` : ''}`}
      description={pick(text.chainBrokenHint, lang, { n: result.rows })}
      style={{ marginBottom: 16 }}
    />
  );
}
