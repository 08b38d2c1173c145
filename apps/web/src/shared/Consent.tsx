import { useState } from 'react';
import { Alert, Button, Checkbox, Modal, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useLang } from './i18n';
import { refusalText } from './errors';
import { useSession } from './session';
import { AcceptTermsDoc, LegalTermsDoc, TermsVersionDoc } from './operations';

type Doc = 'terms' | 'privacy';

/** One of the two texts in a dialog (read from the api: one source for both apps). */
function LegalDialog({ doc, onClose }: { doc: Doc | null; onClose: () => void }) {
  const { t, lang } = useLang();
  const [{ data }] = useQuery({ query: LegalTermsDoc, pause: !doc });
  const text = doc === 'terms' ? data?.legalTerms.userAgreement : data?.legalTerms.privacyPolicy;
  return (
    <Modal
      open={!!doc}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('关闭', 'Close')}</Button>}
      title={doc === 'terms' ? t('用户协议', 'User agreement') : t('隐私政策', 'Privacy policy')}
    >
      {lang === 'en' && data && <Alert type="info" title={data.legalTerms.summaryEn} style={{ marginBottom: 12 }} />}
      <div className="gr-legal" data-testid="legal-text">
        {text ?? t('加载中…', 'Loading…')}
      </div>
    </Modal>
  );
}

/** 我已阅读并同意《用户协议》和《隐私政策》, with both texts one tap away. */
export function ConsentCheckbox({ checked, onChange }: { checked: boolean; onChange: (v: boolean) => void }) {
  const { t } = useLang();
  const [open, setOpen] = useState<Doc | null>(null);
  return (
    <div className="gr-consent">
      <Checkbox checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid="consent-checkbox" id="consent">
        {t('我已阅读并同意', 'I have read and agree to the')}
      </Checkbox>
      <Button type="link" size="small" className="gr-inline-link" onClick={() => setOpen('terms')} data-testid="open-terms">
        {t('《用户协议》', 'User agreement')}
      </Button>
      {t('和', 'and the')}
      <Button type="link" size="small" className="gr-inline-link" onClick={() => setOpen('privacy')} data-testid="open-privacy">
        {t('《隐私政策》', 'Privacy policy')}
      </Button>
      <LegalDialog doc={open} onClose={() => setOpen(null)} />
    </div>
  );
}

/** The version in force (for a sign-in page to accept right after signing in). */
export function useTermsVersion(): string | null {
  const [{ data }] = useQuery({ query: TermsVersionDoc });
  return data?.legalTerms.version ?? null;
}

/**
 * Signed in but the accepted version is not the one in force (never accepted, or the texts
 * changed): this dialog asks again before anything else; declining signs out.
 */
export default function ConsentDialog({ again, version, onDone }: { again: boolean; version: string; onDone: () => void }) {
  const { t, lang } = useLang();
  const { signOut } = useSession();
  const [checked, setChecked] = useState(false);
  const [state, accept] = useMutation(AcceptTermsDoc);
  return (
    <Modal
      open
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      title={again ? t('用户协议和隐私政策已更新', 'The terms have changed') : t('请阅读用户协议和隐私政策', 'Please read the terms')}
      footer={[
        <Button key="out" onClick={signOut}>
          {t('不同意并退出', 'Decline and sign out')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          disabled={!checked}
          loading={state.fetching}
          data-testid="consent-accept"
          onClick={async () => {
            const r = await accept({ version });
            if (!r.error) onDone();
          }}
        >
          {t('同意并继续', 'Agree and continue')}
        </Button>,
      ]}
    >
      <Typography.Paragraph>
        {t(
          '使用平台前，请阅读我们收集哪些信息、为什么收集、保存多久、谁能看到，以及如何下载或删除。',
          'Before you go on, please read what we collect, why, for how long, who sees it, and how to download or delete it.',
        )}
      </Typography.Paragraph>
      {state.error && <Alert type="error" showIcon title={refusalText(state.error, lang)} style={{ marginBottom: 12 }} />}
      <ConsentCheckbox checked={checked} onChange={setChecked} />
    </Modal>
  );
}
