import { useEffect, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { Button } from 'antd';
import { LeftOutlined } from '@ant-design/icons';
import { useLang } from '../shared/i18n';
import { useSession } from '../shared/session';
import { loginPath } from './sign-in-gate';
import { useElder } from './elder';

/**
 * The page's top bar; `back` shows a back arrow; the language toggle is on every page. Visitors
 * who are not signed in also get the elder-mode toggle and a 登录 button that comes back here.
 */
export function TopBar({ title, back, extra }: { title: string; back?: boolean; extra?: ReactNode }) {
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const { t, lang, setLang } = useLang();
  const { signedIn } = useSession();
  const { elder, setElder } = useElder();
  useEffect(() => {
    document.title = `${title} · 金色纽带`;
  }, [title]);
  return (
    <header className="gr-topbar">
      {back && (
        <Button
          type="text"
          aria-label={t('返回', 'Back')}
          icon={<LeftOutlined />}
          onClick={() => (window.history.length > 1 ? navigate(-1) : navigate('/'))}
        />
      )}
      <h1>{title}</h1>
      {extra}
      {/* the language switch on every page, signed in or not (not only under 我的) */}
      <Button
        type="text"
        size="small"
        onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
        aria-label={lang === 'zh' ? 'EN 切换到英文' : '中文 Switch to Chinese'}
        data-testid="lang-toggle"
      >
        {lang === 'zh' ? 'EN' : '中文'}
      </Button>
      {!signedIn && (
        <>
          <Button
            type="text"
            size="small"
            aria-pressed={elder}
            onClick={() => setElder(!elder)}
            data-testid="elder-toggle"
          >
            {t('长辈', 'Elder')}
          </Button>
          <Link to={loginPath(pathname + search)} className="gr-topbar-login" data-testid="topbar-login">
            {t('登录', 'Sign in')}
          </Link>
        </>
      )}
    </header>
  );
}
