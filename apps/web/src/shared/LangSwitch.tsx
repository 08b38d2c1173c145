import { Segmented } from 'antd';
import { useLang, type Lang } from './i18n';

/**
 * 中文 | EN: switches the interface language (remembered by the browser). Its own module, so
 * that the Segmented control stays out of a first load that does not show it.
 */
export function LangSwitch({ size, english = 'EN' }: { size?: 'small' | 'middle' | 'large'; english?: string }) {
  const { lang, setLang } = useLang();
  return (
    <Segmented
      size={size}
      value={lang}
      onChange={(v) => setLang(v as Lang)}
      options={[
        { label: '中文', value: 'zh' },
        { label: english, value: 'en' },
      ]}
    />
  );
}
