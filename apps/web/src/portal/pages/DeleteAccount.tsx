import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, Checkbox } from 'antd';
import { useMutation } from 'urql';
import { useLang } from '../../shared/i18n';
import { useSession } from '../../shared/session';
import { refusalText } from '../../shared/errors';
import { DeleteMyAccountDoc } from '../../shared/operations';
import { TopBar } from '../chrome';

/** 注销账号: says exactly what happens, asks for a confirmation, then anonymises the person. */
export default function DeleteAccount() {
  const { t, lang } = useLang();
  const { me, signOut } = useSession();
  const navigate = useNavigate();
  const [understood, setUnderstood] = useState(false);
  const [state, remove] = useMutation(DeleteMyAccountDoc);
  const [error, setError] = useState<string | null>(null);
  if (!me) return null;
  return (
    <>
      <TopBar title={t('注销账号', 'Delete my account')} back />
      <main className="gr-page">
        <div className="gr-card" data-testid="delete-account-explainer">
          <h3>{t('注销后会发生什么', 'What happens')}</h3>
          <ul>
            <li>{t(`您的称呼「${me.displayName}」和手机号 ${me.phone ?? ''} 将被永久清除，无法恢复。`, `Your name "${me.displayName}" and phone ${me.phone ?? ''} are erased for good; this cannot be undone.`)}</li>
            <li>{t('您提交的需求、附议和问卷回答会保留，并继续计入统计，但不再显示是您。', 'Your needs, supports and survey answers stay and still count, but no longer show that they were yours.')}</li>
            <li>{t('您的个人资料（居民区、楼宇、党员身份、特长）一并删除，您会在所有设备上退出登录。', 'Your profile (community, building, party membership, skills) is deleted and you are signed out on every device.')}</li>
            <li>{t('以后用同一手机号登录，会得到一个全新的空账号。', 'Signing in later with the same phone gives a new, empty account.')}</li>
          </ul>
          <p className="gr-muted">{t('如需保留一份资料，请先在「我的」页面下载我的数据。', 'To keep a copy, download your data on the Me page first.')}</p>
        </div>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Checkbox checked={understood} onChange={(e) => setUnderstood(e.target.checked)} data-testid="delete-understood" style={{ marginBottom: 12 }}>
          {t('我已了解，确认注销我的账号', 'I understand; delete my account')}
        </Checkbox>
        <Button danger type="primary" block disabled={!understood} loading={state.fetching} data-testid="delete-account-confirm"
          onClick={async () => {
            const r = await remove({});
            if (r.error) return setError(refusalText(r.error, lang));
            await signOut();
            navigate('/', { replace: true });
          }}>
          {t('确认注销', 'Delete my account')}
        </Button>
        <Button block style={{ marginTop: 8 }} onClick={() => navigate('/me')}>{t('取消', 'Cancel')}</Button>
      </main>
    </>
  );
}
