import { Text } from '@tarojs/components';
import type { PatientSummary } from '@xinglin/contracts';
import { type MessageKey, useT } from '../../i18n';
import './index.css';

type Verification = Pick<PatientSummary, 'verificationLevel' | 'reviewStatus'>;

/** 未实名 / 证件审核中 / 已实名 L2 / 人脸认证 L3 for a patient, or 未实名 when there is none yet. */
export function levelKey(p: Verification | null | undefined): MessageKey {
  if (!p) return 'level.none';
  if (p.verificationLevel >= 3) return 'level.3';
  if (p.verificationLevel === 2) return 'level.2';
  return p.reviewStatus === 'pending_review' ? 'level.pending' : 'level.none';
}

interface Props {
  patient: Verification | null | undefined;
  testId?: string;
  /** `onBrand`: white outline on the teal header band. */
  tone?: 'plain' | 'onBrand';
}

export function LevelBadge({ patient, testId, tone = 'plain' }: Props) {
  const t = useT();
  const key = levelKey(patient);
  const level = patient?.verificationLevel ?? 0;
  const kind = key === 'level.none' || key === 'level.pending' ? 'warn' : level >= 3 ? 'top' : 'ok';
  return (
    <Text className={`xl-level xl-level--${kind} xl-level--${tone}`} data-testid={testId} data-level={level}>
      {t(key)}
    </Text>
  );
}
