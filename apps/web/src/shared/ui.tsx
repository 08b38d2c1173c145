import type { ReactNode } from 'react';
import { Alert, Button, Empty, Spin, Tag } from 'antd';
import type { CombinedError } from 'urql';
import { useLang } from './i18n';
import { refusalText } from './errors';
import type { Paged } from './paging';
import { NEED_STATUS_COLORS, PROJECT_STATUS_COLORS } from './glossary';


export function ProjectStatusTag({ status }: { status: string }) {
  const { L } = useLang();
  return (
    <Tag color={PROJECT_STATUS_COLORS[status as keyof typeof PROJECT_STATUS_COLORS]} data-status={status}>
      {L('ProjectStatus', status)}
    </Tag>
  );
}

export function NeedStatusTag({ status }: { status: string }) {
  const { L } = useLang();
  return (
    <Tag color={NEED_STATUS_COLORS[status as keyof typeof NEED_STATUS_COLORS]} data-status={status}>
      {L('NeedStatus', status)}
    </Tag>
  );
}

export function Loading({ tip }: { tip?: string }) {
  const { t } = useLang();
  return (
    <div style={{ padding: 48, textAlign: 'center' }} role="status" aria-live="polite">
      <Spin />
      <div style={{ marginTop: 8, color: '#595959' }}>{tip ?? t('加载中…', 'Loading…')}</div>
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
          {hint && <div style={{ color: '#595959', marginTop: 4 }}>{hint}</div>}
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

/**
 * "加载更多" under a paged list, or "all loaded" once its last page is in. The count shown is the
 * list's total unless `total` says otherwise (null: a filtered view whose total would mislead).
 */
export function LoadMore<N>({ list, total = list.totalCount }: { list: Paged<N>; total?: number | null }) {
  const { t } = useLang();
  if (!list.nodes.length) return null;
  return (
    <div style={{ textAlign: 'center', padding: '12px 0', color: '#595959' }}>
      {list.hasMore ? (
        <Button onClick={list.loadMore} loading={list.loadingMore}>
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

/**
 * A paged list in its states: the error (with retry), a spinner while the first page loads,
 * `empty` when there is nothing to show, else `children(items)`; then "加载更多" (unless
 * `more` is false). `items` are the loaded nodes unless a filtered view is passed.
 */
export function PagedList<N>({
  list,
  items = list.nodes,
  empty,
  more = true,
  children,
}: {
  list: Paged<N>;
  items?: N[];
  empty: ReactNode;
  more?: boolean;
  children: (items: N[]) => ReactNode;
}) {
  return (
    <>
      <ErrorBox error={list.error} onRetry={list.refresh} />
      {list.loading ? <Loading /> : items.length === 0 ? empty : children(items)}
      {more && <LoadMore list={list} />}
    </>
  );
}
