import { useEffect, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button } from 'antd';
import { LeftOutlined } from '@ant-design/icons';
import { useLang } from '../shared/i18n';

/** The page's top bar; `back` shows a back arrow. */
export function TopBar({ title, back, extra }: { title: string; back?: boolean; extra?: ReactNode }) {
  const navigate = useNavigate();
  const { t } = useLang();
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
    </header>
  );
}

