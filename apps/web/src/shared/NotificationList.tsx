import { App, Badge, Button } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';
import { useLang } from './i18n';
import { refusalText } from './errors';
import { useConnection } from './paging';
import { EmptyHint, PagedList } from './ui';
import { fmtTime } from './format';
import { MarkReadDoc, NotificationsDoc } from './operations';
import { useState } from 'react';
import './shared.css';

/**
 * The person's notifications, newest first. Tapping one marks it read and opens the page it is
 * about: `route` turns the server's link (/needs/3, /projects/12, /surveys/4, /meetings/2) into a
 * route of this app, or null when this app has no such page.
 */
export function NotificationList({ onChange, route = (link) => link, onOpen }: { onChange?: () => void; route?: (link: string) => string | null; onOpen?: () => void }) {
  const { t, lang } = useLang();
  const { message } = App.useApp();
  const navigate = useNavigate();
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
      <div className="gr-notice-head">
        <span className="gr-muted">{t(`未读 ${unread.length} 条`, `${unread.length} unread`)}</span>
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
            const to = n.link ? route(n.link) : null;
            const open = () => {
              if (isUnread) void mark([n.id]);
              if (to) {
                onOpen?.();
                navigate(to);
              }
            };
            return (
              <div
                key={n.id}
                role={to ? 'link' : 'button'}
                tabIndex={0}
                data-testid="notification"
                data-link={to ?? undefined}
                aria-label={`${isUnread ? t('未读：', 'Unread: ') : ''}${n.title}`}
                onClick={open}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    open();
                  }
                }}
                className={`gr-notice${isUnread ? ' unread' : ''}${to ? ' linked' : ''}`}
              >
                <div className="gr-notice-title">
                  <Badge dot={isUnread} />
                  <b>{n.title}</b>
                  <span className="gr-muted">{fmtTime(n.createdAt)}</span>
                  {to && <RightOutlined aria-hidden className="gr-notice-arrow" />}
                </div>
                <div className="gr-notice-body">{n.body}</div>
              </div>
            );
          })
        }
      </PagedList>
    </div>
  );
}
