import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { type HealthRecord, type Relation, relationSchema } from '@xinglin/contracts';
import { useState } from 'react';
import recordImage from '../../assets/empty/record.png';
import { AsyncView } from '../../components/AsyncView';
import { EmptyState } from '../../components/EmptyState';
import { PageRoot } from '../../components/PageRoot';
import { useAsync } from '../../hooks/useAsync';
import { type MessageKey, useT } from '../../i18n';
import { getRecord } from '../../services/records';
import { RequestError } from '../../services/request';
import { AccessLog, Versions } from './History';
import { RecordEdit } from './RecordEdit';
import { RecordView } from './RecordView';
import './index.css';

type Tab = 'view' | 'versions' | 'access';
const isRelation = (v: string): v is Relation => relationSchema.safeParse(v).success;
const TABS: [Tab, MessageKey][] = [['view', 'record.tab.view'], ['versions', 'record.tab.versions'], ['access', 'record.tab.access']];

/** 健康档案 of one patient (`?id=&name=`): view and edit, 修改记录, 谁看过我的档案. 404 → no access. */
export default function RecordPage() {
  const t = useT();
  const { id = '', name = '', rel } = useRouter().params;
  const state = useAsync(() => getRecord(id), [id]);
  const [saved, setSaved] = useState<HealthRecord | null>(null);
  const [tab, setTab] = useState<Tab>('view');
  const [editing, setEditing] = useState(false);
  const record = saved ?? state.data;
  const noAccess = state.error instanceof RequestError && state.error.status === 404;
  const edit = (on: boolean) => {
    setEditing(on);
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
  };
  const reload = () => {
    setSaved(null);
    edit(false);
    state.reload();
  };

  return (
    <PageRoot titleKey='title.record' testId='page-record' navTone='brand'>
      <View className='rec-band'>
        <View className='rec-band__line'>
          <Text className='rec-band__name' data-testid='record-patient'>{decodeURIComponent(name)}</Text>
          {rel && isRelation(rel) ? <Text className='rec-band__rel'>{t(`relation.${rel}`)}</Text> : null}
        </View>
        <Text className='rec-band__title'>{t('record.privacy')}</Text>
      </View>
      {noAccess ? (
        <View className='xl-card rec-noaccess'>
          <EmptyState image={recordImage} title={t('record.noAccess')} hint={t('record.noAccessHint')} testId='record-no-access' />
        </View>
      ) : (
        <>
          <View className='rec-tabs' role='tablist'>
            {TABS.map(([key, label]) => (
              <View key={key} className={`rec-tab xl-pressable${tab === key ? ' is-active' : ''}`} role='tab'
                aria-selected={tab === key} data-testid={`record-tab-${key}`} data-tap onClick={() => setTab(key)}>
                {t(label)}
              </View>
            ))}
          </View>
          {tab === 'view' ? (
            <AsyncView state={{ ...state, data: record }} testId='record'>
              {(r) => editing ? (
                <RecordEdit patientId={id} record={r} onCancel={() => edit(false)} onReload={reload}
                  onSaved={(next) => { setSaved(next); edit(false); }} />
              ) : (
                <RecordView patientId={id} record={r} onEdit={() => edit(true)} />
              )}
            </AsyncView>
          ) : tab === 'versions' ? <Versions patientId={id} /> : <AccessLog patientId={id} />}
        </>
      )}
    </PageRoot>
  );
}
