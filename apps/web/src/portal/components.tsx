import { useState, type ReactNode } from 'react';
import { App, Button } from 'antd';
import { HeartFilled, HeartOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { useLang } from '../shared/i18n';
import { refusalText } from '../shared/errors';
import { fmtDate } from '../shared/format';
import { SupportNeedDoc, UnsupportNeedDoc } from './operations';
import { useSignInGate } from './sign-in-gate';
import { NeedTitleRow } from './need-title-row';
import type { PortalNeedCardFragment } from './gql/graphql';

/** "我也需要": one tap adds (or takes back) the caller's support for a need. */
export function SupportButton({
  need,
  onChange,
  block,
}: {
  need: Pick<PortalNeedCardFragment, 'id' | 'supportCount' | 'supportedByMe'>;
  onChange?: (supported: boolean, count: number) => void;
  block?: boolean;
}) {
  const { t, lang } = useLang();
  const { message } = App.useApp();
  const [, support] = useMutation(SupportNeedDoc);
  const [, unsupport] = useMutation(UnsupportNeedDoc);
  const [state, setState] = useState({ supported: need.supportedByMe, count: need.supportCount });
  const [busy, setBusy] = useState(false);
  const signedIn = useSignInGate();

  const toggle = async () => {
    if (!signedIn()) return; // visitors sign in first, then come back to this page
    setBusy(true);
    const result = state.supported
      ? await unsupport({ needId: need.id })
      : await support({ needId: need.id });
    setBusy(false);
    const updated = result.data && ('supportNeed' in result.data ? result.data.supportNeed : result.data.unsupportNeed);
    if (result.error || !updated) {
      message.error(refusalText(result.error, lang) ?? t('操作失败', 'Failed'));
      return;
    }
    setState({ supported: updated.supportedByMe, count: updated.supportCount });
    onChange?.(updated.supportedByMe, updated.supportCount);
    if (updated.supportedByMe) message.success(t('已支持，感谢您的参与', 'Supported, thank you'));
  };

  return (
    <Button
      size="small"
      block={block}
      type={state.supported ? 'primary' : 'default'}
      icon={state.supported ? <HeartFilled /> : <HeartOutlined />}
      loading={busy}
      onClick={toggle}
      aria-pressed={state.supported}
      data-testid="support-button"
    >
      {state.supported ? t('已支持', 'Supported') : t('我也需要', 'Me too')} · {state.count}
    </Button>
  );
}

export function NeedCard({
  need,
  showSupport = true,
  extra,
}: {
  need: PortalNeedCardFragment;
  showSupport?: boolean;
  extra?: ReactNode;
}) {
  const { L } = useLang();
  return (
    <div className="gr-card" data-testid="need-card">
      <NeedTitleRow need={need} style={{ marginBottom: 4 }} />
      <div className="gr-muted" style={{ marginBottom: 6, display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}>
        {need.content}
      </div>
      <div className="gr-row">
        <span className="gr-muted gr-grow">
          {need.category ? L('NeedCategory', need.category) + ' · ' : ''}
          {fmtDate(need.createdAt)}
        </span>
        {extra}
        {showSupport && <SupportButton need={need} />}
      </div>
    </div>
  );
}

export function newClientMutationId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c?.randomUUID) {
    try {
      return c.randomUUID();
    } catch {
      /* not a secure context */
    }
  }
  return `m-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
