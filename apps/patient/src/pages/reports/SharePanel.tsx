import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ChoiceChips } from '../../components/ChoiceChips';
import { useAsync } from '../../hooks/useAsync';
import { useT } from '../../i18n';
import { API_ORIGIN, errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { toast } from '../../utils/toast';
import { createShare, listShares, type NewReportShare, revokeShare, sharedReportUrl } from './api';
import { hoursLeft, isActiveShare } from './report-model';

type Hours = '24' | '72' | '168';
const origin = () => (process.env.TARO_ENV === 'h5' ? window.location.origin : API_ORIGIN);

/** 分享报告: an expiring link (default 3 days) for a family member or another doctor; revocable; every opening is audited. */
export function SharePanel({ reportId }: { reportId: string }) {
  const t = useT();
  const { lang } = usePrefs();
  const shares = useAsync(() => listShares(reportId), [reportId]);
  const [hours, setHours] = useState<Hours>('72');
  const [recipient, setRecipient] = useState('');
  const [created, setCreated] = useState<NewReportShare | null>(null);
  const [busy, setBusy] = useState(false);

  const copy = (share: NewReportShare) =>
    Taro.setClipboardData({ data: sharedReportUrl(origin(), share) }).then(() => toast(t('reports.share.copied')), () => undefined);
  const create = async () => {
    setBusy(true);
    try {
      const share = await createShare(reportId, { hours: Number(hours), recipient: recipient.trim() || undefined });
      setCreated(share);
      shares.reload();
    } catch (err) {
      toast(errorMessage(err, lang));
    } finally {
      setBusy(false);
    }
  };
  const revoke = async (shareId: string) => {
    try {
      await revokeShare(reportId, shareId);
      if (created?.id === shareId) setCreated(null);
      toast(t('reports.share.revokeDone'));
      shares.reload();
    } catch (err) {
      toast(errorMessage(err, lang));
    }
  };
  const now = new Date();
  return (
    <View className='xl-card rp-section rp-share' data-testid='report-share-panel'>
      <Text className='rp-section__title'>{t('reports.share.title')}</Text>
      <Text className='rp-label'>{t('reports.share.recipient')}</Text>
      <Input className='rp-input' value={recipient} maxlength={50} placeholder={t('reports.share.recipientPh')} data-testid='report-share-recipient' onInput={(e) => setRecipient(e.detail.value)} />
      <Text className='rp-label'>{t('reports.share.hours')}</Text>
      <ChoiceChips<Hours> testId='report-share-hours' value={hours} onChange={setHours}
        options={[{ value: '24', label: t('reports.share.h24') }, { value: '72', label: t('reports.share.h72') }, { value: '168', label: t('reports.share.h168') }]} />
      <View className={`rp-btn rp-btn--primary xl-pressable${busy ? ' is-busy' : ''}`} data-testid='report-share-create' data-tap role='button' onClick={busy ? undefined : () => void create()}>{t('reports.share.create')}</View>
      {created ? (
        <View className='rp-share__link' data-testid='report-share-link'>
          <Text className='rp-share__url' selectable>{sharedReportUrl(origin(), created)}</Text>
          <View className='xl-link xl-pressable' data-tap onClick={() => void copy(created)}>{t('reports.share.copy')}</View>
        </View>
      ) : null}
      <Text className='rp-share__note'>{t('reports.share.note')}</Text>
      <Text className='rp-label'>{t('reports.share.list')}</Text>
      {(shares.data?.items ?? []).length === 0 ? <Text className='xl-muted'>{t('reports.share.none')}</Text> : null}
      {(shares.data?.items ?? []).map((s) => {
        const live = isActiveShare(s, now);
        return (
          <View key={s.id} className='rp-share__row' data-testid='report-share-row'>
            <View className='rp-share__main'>
              <Text>{s.recipient || '—'}</Text>
              <Text className='xl-muted'>
                {s.revokedAt ? t('reports.share.revoked') : live ? t('reports.share.left', { n: hoursLeft(s.expiresAt, now), count: s.openCount }) : t('reports.share.expired')}
              </Text>
            </View>
            {live ? <View className='rp-btn rp-btn--ghost xl-pressable' data-testid='report-share-revoke' data-tap role='button' onClick={() => void revoke(s.id)}>{t('reports.share.revoke')}</View> : null}
          </View>
        );
      })}
    </View>
  );
}
