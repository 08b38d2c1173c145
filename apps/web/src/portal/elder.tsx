import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ConfigProvider } from 'antd';

/**
 * 长辈模式 (elder mode, following the national 适老化 guidelines for apps): larger type (18 px body
 * and up), contrast of at least 7:1, bigger touch targets and fewer elements per screen. Remembered
 * on the device; the `gr-elder` class on <html> switches the portal's stylesheet, and Ant Design's
 * tokens follow.
 */
const ELDER_KEY = 'gr.portal.elder';

interface ElderValue {
  elder: boolean;
  setElder: (on: boolean) => void;
}
const ElderContext = createContext<ElderValue>({ elder: false, setElder: () => {} });

function initial(): boolean {
  try {
    return localStorage.getItem(ELDER_KEY) === '1';
  } catch {
    return false;
  }
}

/** Ant Design tokens in elder mode: 18 px text, 48 px controls, near-black text, a darker red (8.3:1 on white). */
const ELDER_THEME = {
  token: {
    fontSize: 18,
    fontSizeSM: 16,
    fontSizeLG: 20,
    fontSizeHeading3: 24,
    fontSizeHeading4: 21,
    fontSizeHeading5: 19,
    lineHeight: 1.6,
    controlHeight: 48,
    controlHeightSM: 40,
    controlHeightLG: 56,
    colorPrimary: '#9e0b22',
    colorLink: '#9e0b22',
    colorText: '#000000',
    colorTextSecondary: '#262626',
    colorTextTertiary: '#333333',
    colorTextDescription: '#333333',
    colorTextPlaceholder: '#4d4d4d',
    colorBorder: '#595959',
  },
};

export function ElderProvider({ children }: { children: ReactNode }) {
  const [elder, setState] = useState(initial);
  const setElder = useCallback((on: boolean) => {
    setState(on);
    try {
      localStorage.setItem(ELDER_KEY, on ? '1' : '0');
    } catch {
      /* private mode: this page only */
    }
  }, []);
  useEffect(() => {
    document.documentElement.classList.toggle('gr-elder', elder);
  }, [elder]);
  const value = useMemo(() => ({ elder, setElder }), [elder, setElder]);
  return (
    <ElderContext.Provider value={value}>
      {elder ? <ConfigProvider theme={ELDER_THEME}>{children}</ConfigProvider> : children}
    </ElderContext.Provider>
  );
}

export const useElder = () => useContext(ElderContext);
