import { Image, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { PatientSummary } from '@xinglin/contracts';
import { useState } from 'react';
import shieldIcon from '../../assets/me/shield.png';
import { AsyncView } from '../../components/AsyncView';
import { EmptyState } from '../../components/EmptyState';
import { PageRoot } from '../../components/PageRoot';
import { usePatients } from '../../hooks/usePatients';
import { useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { FaceBanner, useFaceResult } from './face';
import { RealNameForm } from './RealNameForm';
import { Verified } from './Verified';
import './index.css';

/** 实名认证: name + document (L2), then 人脸认证 (L3). Back from the face page with ?bizToken=…. */
export default function RealNamePage() {
  const t = useT();
  const patients = usePatients();
  const [verified, setVerified] = useState<PatientSummary | null>(null);
  const face = useFaceResult(useRouter().params.bizToken, patients.reload);
  return (
    <PageRoot titleKey='title.realname' testId='page-realname' navTone='brand'>
      <AsyncView state={patients} testId='realname'>
        {(list) => {
          if (!list) {
            return <EmptyState image={shieldIcon} title={t('me.entry.needLogin')} actionText={t('me.guest')}
              onAction={() => go(PAGES.login)} testId='realname-login' />;
          }
          const self = verified ?? list.items.find((p) => p.isSelf) ?? null;
          return (
            <>
              <View className='rn-hero'>
                <View className='rn-hero__icon'>
                  <Image className='rn-hero__img' src={shieldIcon} mode='scaleToFill' />
                </View>
                <View className='rn-hero__main'>
                  <Text className='rn-hero__title'>
                    {!self ? t('realname.introTitle') : self.verificationLevel >= 2 ? t('realname.verified') : t('realname.pending')}
                  </Text>
                  <Text className='rn-hero__sub'>
                    {!self ? t('realname.introBody') : self.verificationLevel >= 2 ? t('realname.verifiedHint') : t('realname.pendingBody')}
                  </Text>
                </View>
              </View>
              {face ? <FaceBanner state={face} /> : null}
              {self ? <Verified self={face === 'passed' ? { ...self, verificationLevel: 3 } : self} />
                : <RealNameForm onVerified={setVerified} />}
            </>
          );
        }}
      </AsyncView>
    </PageRoot>
  );
}
