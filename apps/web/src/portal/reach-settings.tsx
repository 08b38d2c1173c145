import { App, Radio, Switch } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useLang } from '../shared/i18n';
import { refusalText } from '../shared/errors';
import { NotificationPrefsDoc, UpdateNotificationPrefsDoc } from './operations';
import { useElder } from './elder';

/** 我的 → 消息设置: SMS for the notifications that matter, and a daily or weekly digest. */
export function MessageSettings() {
  const { t, L, lang } = useLang();
  const { message } = App.useApp();
  const [{ data }] = useQuery({ query: NotificationPrefsDoc });
  const [state, update] = useMutation(UpdateNotificationPrefsDoc);
  const prefs = data?.myNotificationPrefs;
  const save = async (change: { sms?: boolean; digest?: 'OFF' | 'DAILY' | 'WEEKLY' }) => {
    const r = await update(change);
    if (r.error) message.error(refusalText(r.error, lang));
    else message.success(t('已保存', 'Saved'));
  };
  return (
    <section className="gr-card" aria-labelledby="msg-settings" data-testid="message-settings">
      <h3 id="msg-settings">{t('消息设置', 'Message settings')}</h3>
      <div className="gr-row gr-setting">
        <label htmlFor="sms-switch" className="gr-grow">
          {t('短信提醒', 'Text messages')}
          <div className="gr-muted">
            {t('问卷邀请、需求审核结果、心愿被点亮、项目完成时发短信给我（每天最多 3 条）', 'Survey invitations, review results, wishes lit and projects completed also come as a text (at most 3 a day)')}
          </div>
        </label>
        <Switch id="sms-switch" checked={prefs?.sms ?? false} loading={!prefs || state.fetching} onChange={(sms) => save({ sms })} data-testid="sms-switch" />
      </div>
      <div className="gr-setting">
        <div id="digest-label">{t('其他消息汇总', 'Other messages as a digest')}</div>
        <div className="gr-muted">{t('其余消息每天或每周汇成一条短信（晚上 8 点发送）', 'The rest come as one text a day or a week (sent at 8 pm)')}</div>
        <Radio.Group
          aria-labelledby="digest-label"
          value={prefs?.digest ?? 'OFF'}
          disabled={!prefs}
          onChange={(e) => save({ digest: e.target.value })}
          optionType="button"
          buttonStyle="solid"
          data-testid="digest-choice"
          options={(['OFF', 'DAILY', 'WEEKLY'] as const).map((v) => ({ value: v, label: L('DigestFrequency', v) }))}
        />
      </div>
    </section>
  );
}

/** 长辈模式: one switch, remembered on this device. */
export function ElderSwitch() {
  const { t } = useLang();
  const { elder, setElder } = useElder();
  return (
    <section className="gr-card" aria-labelledby="elder-label">
      <div className="gr-row gr-setting">
        <label htmlFor="elder-switch" className="gr-grow" id="elder-label">
          {t('长辈模式', 'Elder mode')}
          <div className="gr-muted">{t('字更大、对比更强、按钮更大', 'Larger text, stronger contrast, bigger buttons')}</div>
        </label>
        <Switch id="elder-switch" checked={elder} onChange={setElder} data-testid="elder-switch" />
      </div>
    </section>
  );
}
