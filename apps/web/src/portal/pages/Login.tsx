import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Form, Input } from 'antd';
import { useMutation } from 'urql';
import { useLang } from '../../shared/i18n';
import { LangSwitch } from '../../shared/LangSwitch';
import { useSession } from '../../shared/session';
import { sessionExpired } from '../../shared/session-store';
import { refusals, showOnForm } from '../../shared/errors';
import { LoginWithCodeDoc, RequestCodeDoc } from '../operations';
import { afterSignIn, isPublicPath } from '../sign-in-gate';
import { ConsentCheckbox, useTermsVersion } from '../../shared/Consent';
import { AcceptTermsDoc } from '../../shared/operations';

interface LoginForm {
  phone: string;
  code: string;
  displayName?: string;
}

/** Residents and office workers sign in with a one-time code sent to their phone. */
export default function Login() {
  const { t, lang } = useLang();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = afterSignIn(params); // where the visitor was, or the home page
  const [expired] = useState(() => sessionExpired('portal'));
  const [form] = Form.useForm<LoginForm>();
  const [codeSent, setCodeSent] = useState(false);
  const [countdown, setCountdown] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [requestState, requestCode] = useMutation(RequestCodeDoc);
  const [loginState, login] = useMutation(LoginWithCodeDoc);
  const [consent, setConsent] = useState(false);
  const [consentError, setConsentError] = useState(false);
  const termsVersion = useTermsVersion();
  const [, acceptTerms] = useMutation(AcceptTermsDoc);

  useEffect(() => {
    document.title = t('登录 · 金色纽带', 'Sign in · Golden Ribbon');
  }, [t]);

  useEffect(() => {
    if (countdown <= 0) return;
    const timer = setTimeout(() => setCountdown((c) => c - 1), 1000);
    return () => clearTimeout(timer);
  }, [countdown]);

  const sendCode = async () => {
    setError(null);
    try {
      await form.validateFields(['phone']);
    } catch {
      return;
    }
    const phone = form.getFieldValue('phone').trim();
    const result = await requestCode({ phone });
    if (result.error) {
      setError(showOnForm(form, result.error, lang, ['phone']));
      return;
    }
    setCodeSent(true);
    setCountdown(60);
  };

  const submit = async (values: LoginForm) => {
    setError(null);
    if (!consent) {
      setConsentError(true);
      return;
    }
    const result = await login({
      phone: values.phone.trim(),
      code: values.code.trim(),
      displayName: values.displayName?.trim() || undefined,
    });
    if (result.error || !result.data) {
      const wrongCode = refusals(result.error, lang).find((r) => r.code === 'UNAUTHENTICATED');
      if (wrongCode) form.setFields([{ name: 'code', errors: [wrongCode.message] }]);
      else setError(showOnForm(form, result.error, lang, ['phone', 'code', 'displayName']));
      return;
    }
    // the accepted version and time are stored (the session cookie is set by now); should this
    // fail, the consent dialog asks again after sign-in
    if (termsVersion) await acceptTerms({ version: termsVersion });
    sessionExpired('portal', true);
    signIn();
    navigate(next, { replace: true });
  };

  return (
    <div className="gr-portal" style={{ paddingBottom: 24 }}>
      <div className="gr-hero" style={{ borderRadius: 0, paddingTop: 40, paddingBottom: 32 }}>
        <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <LangSwitch size="small" />
        </div>
        <h2 style={{ fontSize: 24 }}>{t('金色纽带', 'Golden Ribbon')}</h2>
        <div>{t('区域化党建项目平台 · 居民端', 'Regional party-building projects · Residents')}</div>
      </div>
      <div className="gr-page">
        <div className="gr-card" style={{ padding: 16 }}>
          <h3 style={{ fontSize: 17, marginBottom: 12 }}>{t('手机号登录', 'Sign in with your phone')}</h3>
          {expired ? (
            <Alert
              type="warning"
              showIcon
              title={t('登录已过期，请重新登录', 'Your session has expired; please sign in again')}
              description={next !== '/' ? t('登录后将回到刚才的页面。', 'You will go back to the page you were on.') : undefined}
              style={{ marginBottom: 12 }}
              data-testid="session-expired"
            />
          ) : next !== '/' && (
            <Alert
              type="info"
              showIcon
              title={t('这一步需要登录，登录后将回到刚才的页面。', 'This needs an account; after signing in you go back to the page you were on.')}
              style={{ marginBottom: 12 }}
              data-testid="login-needed"
            />
          )}
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
          <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} size="large">
            <Form.Item
              name="phone"
              label={t('手机号', 'Phone number')}
              rules={[
                { required: true, message: t('请输入手机号', 'Please enter your phone number') },
                { pattern: /^1\d{10}$/, message: t('请输入11位手机号', 'Enter an 11-digit mobile number') },
              ]}
            >
              <Input inputMode="numeric" maxLength={11} autoComplete="tel" placeholder="138 0000 0000" />
            </Form.Item>
            <Form.Item
              label={t('验证码', 'Code')}
              required
              style={{ marginBottom: 0 }}
            >
              <div className="gr-row" style={{ alignItems: 'flex-start' }}>
                <Form.Item
                  name="code"
                  noStyle={false}
                  className="gr-grow"
                  rules={[
                    { required: true, message: t('请输入验证码', 'Please enter the code') },
                    { pattern: /^\d{4,8}$/, message: t('验证码为数字', 'The code is numeric') },
                  ]}
                >
                  <Input inputMode="numeric" maxLength={8} autoComplete="one-time-code" placeholder={t('6位数字', '6 digits')} />
                </Form.Item>
                <Button onClick={sendCode} loading={requestState.fetching} disabled={countdown > 0} data-testid="send-code">
                  {countdown > 0 ? t(`${countdown}秒后重发`, `Resend in ${countdown}s`) : codeSent ? t('重新发送', 'Resend') : t('获取验证码', 'Get code')}
                </Button>
              </div>
            </Form.Item>
            {codeSent && (
              <div className="gr-muted" style={{ marginBottom: 12 }}>
                {t('验证码已发送，5分钟内有效。', 'The code was sent and is valid for 5 minutes.')}
              </div>
            )}
            <Form.Item name="displayName" label={t('称呼（首次登录时填写，可选）', 'Your name (first sign-in, optional)')}
              rules={[{ max: 30, message: t('不超过30个字', 'At most 30 characters') }]}>
              <Input maxLength={30} placeholder={t('如：王阿姨', 'e.g. Ms Wang')} />
            </Form.Item>
            <div className="gr-consent-row">
              <ConsentCheckbox
                checked={consent}
                onChange={(v) => {
                  setConsent(v);
                  setConsentError(false);
                }}
              />
              {consentError && (
                <div role="alert" className="gr-field-error" data-testid="consent-needed">
                  {t('请先阅读并勾选同意用户协议和隐私政策', 'Please read and accept the user agreement and privacy policy first')}
                </div>
              )}
            </div>
            <Button type="primary" htmlType="submit" block loading={loginState.fetching} data-testid="login-submit">
              {t('登录', 'Sign in')}
            </Button>
          </Form>
        </div>
        <p className="gr-muted" style={{ textAlign: 'center' }}>
          {t('登录即可提交微心愿、金点子，参与项目与评价。', 'Sign in to share wishes and ideas, join projects and give feedback.')}
        </p>
        <p style={{ textAlign: 'center' }}>
          <Link to={isPublicPath(next) ? next : '/'} data-testid="browse-without-login">
            {next !== '/' && isPublicPath(next) ? t('‹ 返回刚才的页面', '‹ Back to the page you were on') : t('先随便看看 ›', 'Browse without signing in ›')}
          </Link>
        </p>
      </div>
    </div>
  );
}
