import { Text, View } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import type { ReportSummary } from '@xinglin/contracts';
import { useEffect, useRef, useState } from 'react';
import emptyImage from '../../assets/empty/record.png';
import { AsyncView } from '../../components/AsyncView';
import { ChoiceChips } from '../../components/ChoiceChips';
import { EmptyState } from '../../components/EmptyState';
import { PageRoot } from '../../components/PageRoot';
import { useAsync } from '../../hooks/useAsync';
import { usePatients } from '../../hooks/usePatients';
import { type MessageKey, useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { formatDate } from '../../utils/format';
import { listReports } from './api';
import { byTab, type ReportTab } from './report-model';
import './index.css';

const TABS: [ReportTab, MessageKey][] = [['ready', 'reports.tab.ready'], ['pending', 'reports.tab.pending']];

function ReportCard({ report }: { report: ReportSummary }) {
  const t = useT();
  const at = report.releasedAt ?? report.collectedAt;
  const pending = report.status === 'pending';
  return (
    <View className='xl-card rp-card xl-pressable' data-testid='report-card' data-tap role='link' onClick={() => go(PAGES.reportDetail, { id: report.id })}>
      <View className='rp-card__head'>
        <Text className={`rp-kind rp-kind--${report.kind}`}>{t(`reports.kind.${report.kind}`)}</Text>
        <Text className='rp-card__name'>{report.name}</Text>
        {report.status === 'corrected' ? <Text className='xl-tag'>{t('reports.corrected')}</Text> : null}
      </View>
      <View className='rp-card__foot'>
        <Text className='xl-muted'>{at ? t(report.releasedAt ? 'reports.releasedAt' : 'reports.collectedAt', { at: formatDate(at) }) : ''}</Text>
        {pending ? (
          <Text className='rp-badge rp-badge--pending'>{t('reports.pendingBadge')}</Text>
        ) : report.abnormalCount > 0 ? (
          <Text className='rp-badge rp-badge--abnormal' data-testid='report-abnormal-count'>⚠ {t('reports.abnormal', { n: report.abnormalCount })}</Text>
        ) : (
          <Text className='rp-badge rp-badge--normal'>✓ {t('reports.allNormal')}</Text>
        )}
      </View>
    </View>
  );
}

/** 报告查询: one family member at a time (`?patientId=`), 已出 / 未出, newest first, with the number of abnormal values. */
export default function ReportsPage() {
  const t = useT();
  const params = useRouter().params;
  const patients = usePatients();
  const members = patients.data?.items ?? [];
  const [patientId, setPatientId] = useState<string | null>(params.patientId ?? null);
  const [tab, setTab] = useState<ReportTab>('ready');
  useEffect(() => {
    if (!patientId && members[0]) setPatientId(members[0].id);
  }, [patientId, members]);
  const reports = useAsync(() => (patientId ? listReports(patientId) : Promise.resolve({ items: [] })), [patientId]);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) reports.reload();
    shown.current = true;
  });

  const signedOut = patients.data === null;
  return (
    <PageRoot titleKey='title.reports' testId='page-reports' navTone='brand'>
      <View className='rp-band'>
        {members.length > 1 ? (
          <ChoiceChips testId='reports-member' value={patientId} onChange={setPatientId} options={members.map((m) => ({ value: m.id, label: m.name }))} />
        ) : (
          <Text className='rp-band__name'>{members[0]?.name ?? ''}</Text>
        )}
        {patientId ? (
          <View className='rp-band__trend xl-pressable' data-testid='reports-trend-entry' data-tap role='link' onClick={() => go(PAGES.reportTrend, { patientId })}>
            {t('reports.trendEntry')} ›
          </View>
        ) : null}
      </View>
      {signedOut ? (
        <View className='xl-card'>
          <EmptyState image={emptyImage} title={t('reports.needLogin')} actionText={t('messages.login')} onAction={() => go(PAGES.login)} testId='reports-need-login' />
        </View>
      ) : patients.data && members.length === 0 ? (
        <View className='xl-card'>
          <EmptyState image={emptyImage} title={t('reports.noPatient')} testId='reports-no-patient' />
        </View>
      ) : (
        <>
          <View className='rp-tabs' role='tablist'>
            {TABS.map(([key, label]) => (
              <View key={key} className={`rp-tab xl-pressable${tab === key ? ' is-active' : ''}`} role='tab' aria-selected={tab === key} data-testid={`reports-tab-${key}`} data-tap onClick={() => setTab(key)}>
                {t(label)}
              </View>
            ))}
          </View>
          <AsyncView state={reports} testId='reports'>
            {(data) => {
              const items = byTab(data.items, tab);
              return items.length === 0 ? (
                <View className='xl-card'>
                  <EmptyState image={emptyImage} title={t(tab === 'ready' ? 'reports.empty.ready' : 'reports.empty.pending')} hint={t('reports.empty.hint')} testId='reports-empty' />
                </View>
              ) : (
                <View className='rp-list' data-testid='reports-list'>
                  {items.map((r) => <ReportCard key={r.id} report={r} />)}
                </View>
              );
            }}
          </AsyncView>
        </>
      )}
    </PageRoot>
  );
}
