import { Input, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { AsyncView } from '../../components/AsyncView';
import { PageRoot } from '../../components/PageRoot';
import { useAsync } from '../../hooks/useAsync';
import { useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { HOT_WORDS, searchCatalog } from './api';
import { DepartmentHit, DoctorHit } from './Hits';
import './index.css';

/** 找医生: one box for departments, doctors, diseases, symptoms and titles; results show places left. */
export default function SearchPage() {
  const t = useT();
  const initial = decodeURIComponent(useRouter().params.q ?? '');
  const [text, setText] = useState(initial);
  const [query, setQuery] = useState(initial.trim());
  const results = useAsync(() => (query ? searchCatalog(query) : Promise.resolve(null)), [query]);
  const submit = (q = text) => {
    setText(q);
    setQuery(q.trim());
  };

  return (
    <PageRoot titleKey='title.search' testId='page-search'>
      <View className='srch-bar'>
        <Input className='srch-bar__input' data-testid='search-input' value={text} maxlength={50} focus={!initial}
          placeholder={t('search.placeholder')} placeholderClass='srch-bar__ph' confirmType='search'
          onInput={(e) => setText(e.detail.value)} onConfirm={() => submit()} />
        <View className='srch-bar__go xl-pressable' data-testid='search-submit' data-tap role='button' onClick={() => submit()}>
          {t('search.submit')}
        </View>
      </View>
      {!query ? (
        <View className='srch-hot' data-testid='search-hot'>
          <Text className='xl-muted'>{t('search.hot')}</Text>
          <View className='srch-hot__words'>
            {HOT_WORDS.map((w) => (
              <View key={w} className='srch-hot__word xl-pressable' data-tap role='button' onClick={() => submit(w)}>{w}</View>
            ))}
          </View>
        </View>
      ) : (
        <AsyncView state={results} testId='search'>
          {(r) =>
            !r || (r.departments.length === 0 && r.doctors.length === 0) ? (
              <Text className='srch-empty xl-muted' data-testid='search-empty'>{t('search.none')}</Text>
            ) : (
              <View data-testid='search-results'>
                {r.departments.length ? <Text className='srch-section xl-muted'>{t('search.departments')}</Text> : null}
                {r.departments.slice(0, 5).map((d) => <DepartmentHit key={d.id} dept={d} />)}
                {r.doctors.length ? <Text className='srch-section xl-muted'>{t('search.doctors')}</Text> : null}
                {r.doctors.map((d) => <DoctorHit key={d.id} doctor={d} />)}
              </View>
            )
          }
        </AsyncView>
      )}
      <View className='xl-link xl-pressable srch-triage' data-testid='search-to-triage' data-tap onClick={() => go(PAGES.triage)}>
        {t('search.toTriage')}
      </View>
    </PageRoot>
  );
}
