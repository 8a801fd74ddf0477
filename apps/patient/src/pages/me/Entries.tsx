import { Text } from '@tarojs/components';
import type { PatientSummary } from '@xinglin/contracts';
import familyIcon from '../../assets/me/family.png';
import managersIcon from '../../assets/me/managers.png';
import recordIcon from '../../assets/me/record.png';
import shieldIcon from '../../assets/me/shield.png';
import { LevelBadge } from '../../components/LevelBadge';
import { useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import type { PatientList } from '../../services/patients';
import { type EntryItem, EntryList } from './EntryList';

interface Props {
  signedIn: boolean;
  /** undefined while loading; null when signed out. */
  patients: PatientList | null | undefined;
}

/** 就医身份与档案: 实名认证 (with the level), 就诊人管理, 我的健康档案, 谁在管理我. */
export function Entries({ signedIn, patients }: Props) {
  const t = useT();
  const self: PatientSummary | null = patients?.items.find((p) => p.isSelf) ?? null;
  const guard = (open: () => void) => (signedIn ? open : () => go(PAGES.login));
  const entries: EntryItem[] = [
    {
      id: 'realname', icon: shieldIcon, title: 'me.entry.realname', hint: 'me.entry.realnameHint',
      value: signedIn && patients ? <LevelBadge patient={self} testId='me-realname-level' /> : null,
      open: guard(() => go(PAGES.realname)),
    },
    {
      id: 'family', icon: familyIcon, title: 'me.entry.family', hint: 'me.entry.familyHint',
      value: patients ? <Text className='me-entry__count'>{t('me.entry.familyCount', { n: patients.items.length })}</Text> : null,
      open: guard(() => go(PAGES.family)),
    },
    {
      id: 'record', icon: recordIcon, title: 'me.entry.record', hint: 'me.entry.recordHint',
      value: signedIn && patients && !self ? <Text className='me-entry__count'>{t('me.entry.needVerify')}</Text> : null,
      open: guard(() => (self ? go(PAGES.record, { id: self.id, name: self.name, rel: 'self' }) : go(PAGES.realname))),
    },
    {
      id: 'managers', icon: managersIcon, title: 'me.entry.managers', hint: 'me.entry.managersHint',
      value: null,
      open: guard(() => go(PAGES.managers)),
    },
  ];
  return <EntryList title='me.section.identity' testId='me-entries' items={entries} />;
}
