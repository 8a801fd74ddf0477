import { Text, View } from '@tarojs/components';
import { Switch } from '../../components/nut';
import { type MessageKey, useT } from '../../i18n';
import { LANGS } from '../../i18n/lang';
import { usePrefs } from '../../state/prefs';

interface ToggleProps {
  testId: string;
  title: MessageKey;
  hint: MessageKey;
  checked: boolean;
  onToggle: () => void;
}

/** The whole row is the tap target (≥ 60 px tall in care mode); the switch only shows the state. */
function ToggleRow({ testId, title, hint, checked, onToggle }: ToggleProps) {
  const t = useT();
  return (
    <View
      className='xl-row me-toggle xl-pressable'
      data-testid={testId}
      data-tap
      data-checked={checked}
      role='switch'
      aria-checked={checked}
      onClick={onToggle}
    >
      <View className='xl-row__main'>
        <Text className='xl-row__title'>{t(title)}</Text>
        <Text className='xl-muted me-toggle__hint'>{t(hint)}</Text>
      </View>
      <Switch className='me-toggle__switch' checked={checked} />
    </View>
  );
}

export function Settings() {
  const t = useT();
  const { care, dark, lang, setPrefs } = usePrefs();
  return (
    <>
      <View className='xl-section-head'>
        <Text className='xl-section-title'>{t('me.settings')}</Text>
      </View>
      <View className='xl-card me-settings' data-testid='me-settings'>
        <ToggleRow testId='toggle-care' title='me.care' hint='me.careHint' checked={care}
          onToggle={() => setPrefs({ care: !care })} />
        <ToggleRow testId='toggle-dark' title='me.dark' hint='me.darkHint' checked={dark}
          onToggle={() => setPrefs({ dark: !dark })} />
        <View className='xl-row me-lang'>
          <Text className='xl-row__title xl-row__main'>{t('me.language')}</Text>
          <View className='me-lang__options' role='radiogroup'>
            {LANGS.map((l) => (
              <View
                key={l}
                className={`me-lang__option xl-pressable${l === lang ? ' is-active' : ''}`}
                data-testid={`lang-${l === 'en' ? 'en' : 'zh'}`}
                data-tap
                role='radio'
                aria-checked={l === lang}
                onClick={() => setPrefs({ lang: l })}
              >
                {l === 'en' ? 'English' : '中文'}
              </View>
            ))}
          </View>
        </View>
      </View>
    </>
  );
}
