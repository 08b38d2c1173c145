import { App, Badge, Button } from 'antd';
import { useMutation } from 'urql';
import { useLang } from './i18n';
import { refusalText } from './errors';
import { useConnection } from './paging';
import { EmptyHint, PagedList } from './ui';
import { fmtTime } from './format';
import { MarkReadDoc, NotificationsDoc } from './operations';
import { useState } from 'react';

/** The person's notifications, newest first; opening one marks it read. */
export function NotificationList({ onChange }: { onChange?: () => void }) {
  const { t, lang } = useLang();
  const { message } = App.useApp();
  const list = useConnection(NotificationsDoc, {}, (d) => d.myNotifications);
  const [, markRead] = useMutation(MarkReadDoc);
  const [read, setRead] = useState<Set<string>>(new Set());

  const mark = async (ids: string[]) => {
    if (!ids.length) return;
    const r = await markRead({ ids });
    if (r.error) {
      message.error(refusalText(r.error, lang));
      return;
    }
    setRead((s) => new Set([...s, ...ids]));
    onChange?.();
  };
  const unread = list.nodes.filter((n) => !n.read && !read.has(n.id));

  return (
    <div>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 8 }}>
        <span style={{ color: '#888' }}>
          {t(`未读 ${unread.length} 条`, `${unread.length} unread`)}
        </span>
        <Button size="small" disabled={!unread.length} onClick={() => mark(unread.map((n) => n.id))}>
          {t('全部标为已读', 'Mark all read')}
        </Button>
      </div>
      <PagedList
        list={list}
        empty={
          <EmptyHint
            title={t('暂无消息', 'No messages')}
            hint={t('需求审核、项目进展和问卷邀请会通知到这里。', 'Reviews, project news and survey invitations arrive here.')}
          />
        }
      >
        {(nodes) =>
          nodes.map((n) => {
            const isUnread = !n.read && !read.has(n.id);
            return (
              <div
                key={n.id}
                role="button"
                tabIndex={0}
                data-testid="notification"
                onClick={() => isUnread && mark([n.id])}
                onKeyDown={(e) => e.key === 'Enter' && isUnread && mark([n.id])}
                style={{ background: '#fff', borderRadius: 10, padding: 12, marginBottom: 8, cursor: isUnread ? 'pointer' : 'default' }}
              >
                <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
                  <Badge dot={isUnread} />
                  <b style={{ flex: 1 }}>{n.title}</b>
                  <span style={{ color: '#999', fontSize: 12 }}>{fmtTime(n.createdAt)}</span>
                </div>
                <div style={{ color: '#555', marginTop: 4, fontSize: 13 }}>{n.body}</div>
              </div>
            );
          })
        }
      </PagedList>
    </div>
  );
}
