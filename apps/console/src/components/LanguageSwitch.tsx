import { Segmented } from 'antd';
import { setLang, useLang, type Lang } from '../locales';

/** 中文 / English, remembered in localStorage. */
export default function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const lang = useLang();
  return (
    <Segmented<Lang>
      size={size}
      value={lang}
      onChange={setLang}
      aria-label="语言 / Language"
      options={[
        { label: '中文', value: 'zh-CN' },
        { label: 'English', value: 'en-US' },
      ]}
    />
  );
}
