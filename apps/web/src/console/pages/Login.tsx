import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { useLang } from '../../shared/i18n';
import { LangSwitch } from '../../shared/LangSwitch';
import { useSession } from '../../shared/session';
import { showOnForm } from '../../shared/errors';
import { sessionExpired } from '../../shared/session-store';
import { LoginDoc } from '../operations';

export default function Login() {
  const { t, lang } = useLang();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<{ username: string; password: string }>();
  const [error, setError] = useState<string | null>(null);
  const [state, login] = useMutation(LoginDoc);
  // the session ran out while the person was working: say so, and come back to that page after signing in
  const [expired] = useState(() => sessionExpired('console'));

  useEffect(() => {
    document.title = t('登录 · 金色纽带 管理后台', 'Sign in · Golden Ribbon console');
  }, [t]);

  const submit = async (v: { username: string; password: string }) => {
    setError(null);
    const r = await login({ username: v.username.trim(), password: v.password });
    if (r.error || !r.data) {
      setError(showOnForm(form, r.error, lang, ['username', 'password']));
      return;
    }
    sessionExpired('console', true);
    signIn();
    const next = params.get('next');
    navigate(next && next !== '/login' ? next : '/', { replace: true });
  };

  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: 'linear-gradient(135deg, #8c0a1f 0%, #c8102e 55%, #d4a017 100%)' }}>
      <Card style={{ width: 380 }} title={<span>{t('金色纽带 区域化党建项目平台', 'Golden Ribbon — regional party building')}</span>}
        extra={
          <LangSwitch size="small" />
        }>
        <h3 style={{ marginTop: 0 }}>{t('管理后台登录', 'Console sign-in')}</h3>
        {expired && !error && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="session-expired"
            title={t('登录已过期，请重新登录', 'Your session has expired; please sign in again')}
            description={params.get('next') ? t('登录后将回到刚才的页面。', 'You will go back to the page you were on.') : undefined}
          />
        )}
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="username" label={t('用户名', 'Username')} rules={[{ required: true, whitespace: true, message: t('请输入用户名', 'Please enter your username') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('密码', 'Password')} rules={[{ required: true, message: t('请输入密码', 'Please enter your password') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={state.fetching} data-testid="console-login">
            {t('登录', 'Sign in')}
          </Button>
        </Form>
        <div className="gr-muted" style={{ marginTop: 12 }}>
          {t('居民和白领请使用', 'Residents use the')} <a href="/">{t('居民端', 'portal')}</a>
        </div>
      </Card>
    </div>
  );
}
