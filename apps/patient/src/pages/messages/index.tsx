import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import type { InappMessage } from '@xinglin/contracts';
import { useEffect, useRef, useState } from 'react';
import emptyImage from '../../assets/empty/messages.png';
import { AsyncView } from '../../components/AsyncView';
import { EmptyState } from '../../components/EmptyState';
import { PageRoot } from '../../components/PageRoot';
import { useAsync } from '../../hooks/useAsync';
import { useT } from '../../i18n';
import { PAGES, TAB_PAGES, go, goTab, type TabPage } from '../../routes';
import { errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { useSession } from '../../state/session';
import { toast } from '../../utils/toast';
import { listMessages, markAllMessagesRead, markMessageRead } from './api';
import { addPage, badgeText, emptyInbox, hasMore, linkTarget, markEveryRead, markOneRead, type Inbox } from './inbox-model';
import { MessageCard } from './MessageCard';
import './index.css';

const TAB_INDEX = TAB_PAGES.indexOf(PAGES.messages);
const ignore = () => undefined;

function showBadge(unread: number) {
  const text = badgeText(unread);
  if (text) Taro.setTabBarBadge({ index: TAB_INDEX, text }).catch(ignore);
  else Taro.removeTabBarBadge({ index: TAB_INDEX }).catch(ignore);
}

/** 消息: visit reminders, clinic changes and report notices, newest first; tapping one opens what it is about. */
export default function MessagesPage() {
  const t = useT();
  const { lang } = usePrefs();
  const { account } = useSession();
  const accountId = account?.id ?? null;
  const first = useAsync(() => (accountId ? listMessages(1) : Promise.resolve(null)), [accountId]);
  const [inbox, setInbox] = useState<Inbox>(emptyInbox);
  const [loadingMore, setLoadingMore] = useState(false);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current && accountId) first.reload();
    shown.current = true;
  });
  useEffect(() => {
    if (first.data) setInbox(addPage(emptyInbox, first.data));
  }, [first.data]);
  useEffect(() => showBadge(accountId ? inbox.unread : 0), [accountId, inbox.unread]);

  const open = (m: InappMessage) => {
    if (m.readAt === null) {
      setInbox((box) => markOneRead(box, m.id, new Date().toISOString()));
      markMessageRead(m.id).catch(ignore); // the next load shows the server's truth
    }
    const target = linkTarget(m.link, TAB_PAGES);
    if (target?.kind === 'tab') goTab(target.url as TabPage);
    else if (target) go(target.url);
  };
  const readAll = async () => {
    try {
      await markAllMessagesRead();
      setInbox((box) => markEveryRead(box, new Date().toISOString()));
    } catch (err) {
      toast(errorMessage(err, lang));
    }
  };
  const loadMore = async () => {
    setLoadingMore(true);
    try {
      const next = await listMessages(inbox.page + 1);
      setInbox((box) => addPage(box, next));
    } catch (err) {
      toast(errorMessage(err, lang));
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <PageRoot titleKey='title.messages' testId='page-messages' tab>
      <AsyncView state={first} testId='messages'>
        {(data) => {
          if (data === null) {
            return <EmptyState image={emptyImage} title={t('messages.needLogin')} actionText={t('messages.login')}
              onAction={() => go(PAGES.login)} testId='messages-login' />;
          }
          if (inbox.items.length === 0) {
            return <EmptyState image={emptyImage} title={t('messages.empty')} hint={t('messages.emptyHint')}
              actionText={t('common.book')} onAction={() => go(PAGES.departments)} testId='messages-empty' />;
          }
          return (
            <View data-testid='messages-list'>
              <View className='mc-bar'>
                <Text className='mc-bar__count' data-testid='messages-unread'>
                  {inbox.unread > 0 ? t('messages.unreadCount', { n: inbox.unread }) : t('messages.allRead')}
                </Text>
                {inbox.unread > 0 ? (
                  <View className='xl-link xl-pressable' data-tap role='button' data-testid='messages-read-all' onClick={() => void readAll()}>
                    {t('messages.readAll')}
                  </View>
                ) : null}
              </View>
              {inbox.items.map((m) => <MessageCard key={m.id} message={m} onOpen={open} />)}
              {hasMore(inbox) ? (
                <View className='mc-more'>
                  <View className='xl-link xl-pressable' data-tap role='button' data-testid='messages-more'
                    onClick={() => (loadingMore ? undefined : void loadMore())}>
                    {loadingMore ? t('common.loading') : t('messages.loadMore')}
                  </View>
                </View>
              ) : (
                <Text className='xl-muted mc-end'>{t('messages.noMore')}</Text>
              )}
            </View>
          );
        }}
      </AsyncView>
    </PageRoot>
  );
}
