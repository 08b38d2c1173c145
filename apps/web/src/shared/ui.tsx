import type { ReactNode } from 'react';
import { Alert, Button, Empty, Spin, Tag } from 'antd';
import type { CombinedError } from 'urql';
import { useLang } from './i18n';
import { refusalText } from './errors';

const projectColors: Record<string, string> = {
  DRAFT: 'default',
  PROPOSED: 'processing',
  RESOLVED: 'cyan',
  APPROVED: 'geekblue',
  PUBLISHED: 'blue',
  CLAIMED: 'purple',
  IN_PROGRESS: 'orange',
  COMPLETED: 'green',
  EVALUATED: 'gold',
  CANCELLED: 'red',
};
const needColors: Record<string, string> = {
  SUBMITTED: 'processing',
  ACCEPTED: 'blue',
  REJECTED: 'red',
  MERGED: 'default',
  CLAIMED: 'purple',
  IN_PROJECT: 'orange',
  FULFILLED: 'green',
};

export function ProjectStatusTag({ status }: { status: string }) {
  const { L } = useLang();
  return (
    <Tag color={projectColors[status]} data-status={status}>
      {L('ProjectStatus', status)}
    </Tag>
  );
}

export function NeedStatusTag({ status }: { status: string }) {
  const { L } = useLang();
  return (
    <Tag color={needColors[status]} data-status={status}>
      {L('NeedStatus', status)}
    </Tag>
  );
}

export function Loading({ tip }: { tip?: string }) {
  const { t } = useLang();
  return (
    <div style={{ padding: 48, textAlign: 'center' }} role="status" aria-live="polite">
      <Spin />
      <div style={{ marginTop: 8, color: '#999' }}>{tip ?? t('加载中…', 'Loading…')}</div>
    </div>
  );
}

/** An empty list says why it is empty and what to do about it. */
export function EmptyHint({ title, hint, action }: { title: string; hint?: string; action?: ReactNode }) {
  return (
    <Empty
      style={{ padding: '24px 0' }}
      description={
        <div>
          <div style={{ fontWeight: 500 }}>{title}</div>
          {hint && <div style={{ color: '#999', marginTop: 4 }}>{hint}</div>}
        </div>
      }
    >
      {action}
    </Empty>
  );
}

export function ErrorBox({ error, onRetry }: { error: CombinedError | null | undefined; onRetry?: () => void }) {
  const { t, lang } = useLang();
  const text = refusalText(error, lang);
  if (!text) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={{ margin: '8px 0' }}
      title={text}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('重试', 'Retry')}
          </Button>
        )
      }
    />
  );
}

export function LoadMore({
  hasMore,
  loading,
  onLoad,
  count,
  total,
}: {
  hasMore: boolean;
  loading: boolean;
  onLoad: () => void;
  count: number;
  total?: number | null;
}) {
  const { t } = useLang();
  if (!count) return null;
  return (
    <div style={{ textAlign: 'center', padding: '12px 0', color: '#999' }}>
      {hasMore ? (
        <Button onClick={onLoad} loading={loading}>
          {t('加载更多', 'Load more')}
        </Button>
      ) : (
        <span>
          {total != null ? t(`共 ${total} 条，已全部加载`, `All ${total} loaded`) : t('已全部加载', 'All loaded')}
        </span>
      )}
    </div>
  );
}
