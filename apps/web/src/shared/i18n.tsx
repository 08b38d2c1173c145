import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ConfigProvider, App as AntApp, theme as antTheme } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import enUS from 'antd/es/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { LABELS, label } from '@glossary';

/**
 * Chinese first, English on request. UI text is written as pairs next to where it is used
 * (`t('提交', 'Submit')`); every enum value is labelled from the one glossary shared with
 * the api (libs/common/glossary.ts).
 */
export type Lang = 'zh' | 'en';
export type EnumKind = keyof typeof LABELS;

const LANG_KEY = 'gr.lang';

interface LangContextValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (zh: string, en: string) => string;
  L: (kind: EnumKind, value: string | null | undefined) => string;
}

const LangContext = createContext<LangContextValue | null>(null);

function initialLang(): Lang {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export const brand = {
  red: '#c8102e',
  gold: '#d4a017',
};

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(LANG_KEY, next);
    } catch {
      /* private mode: keep it for this page only */
    }
    document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  }, []);
  dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');

  const value = useMemo<LangContextValue>(
    () => ({
      lang,
      setLang,
      t: (zh, en) => (lang === 'zh' ? zh : en),
      L: (kind, v) => (v ? label(kind, v, lang) : '—'),
    }),
    [lang, setLang],
  );

  return (
    <LangContext.Provider value={value}>
      <ConfigProvider
        locale={lang === 'zh' ? zhCN : enUS}
        theme={{
          algorithm: antTheme.defaultAlgorithm,
          // WCAG 2.1 AA: every text colour ≥ 4.5:1 on white (Ant Design's defaults for links, errors,
          // success figures, descriptions and placeholders are lighter)
          token: {
            colorPrimary: brand.red,
            colorLink: '#a30d24',
            colorError: '#cf1322',
            colorSuccess: '#237804',
            colorInfo: '#0958d9',
            colorWarning: '#ad4e00',
            borderRadius: 6,
            colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
            colorTextDescription: 'rgba(0, 0, 0, 0.65)',
            colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
          },
        }}
      >
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </LangContext.Provider>
  );
}

export function useLang(): LangContextValue {
  const ctx = useContext(LangContext);
  if (!ctx) throw new Error('useLang outside LangProvider');
  return ctx;
}

/** Options for a Select of one enum, labelled in the current language. */
export function useEnumOptions(kind: EnumKind) {
  const { lang } = useLang();
  return useMemo(
    () =>
      Object.entries(LABELS[kind] as Record<string, { zh: string; en: string }>).map(([value, l]) => ({
        value,
        label: l[lang],
      })),
    [kind, lang],
  );
}
