import { Fragment } from 'react';
import { Link } from 'react-router-dom';
import { Timeline } from 'antd';
import { useLang } from './i18n';
import { fmtTime } from './format';
import { needHistoryColor } from './glossary';

interface NeedEventLike {
  action: string;
  from?: string | null;
  to: string;
  note?: string | null;
  at: string;
  actor: { displayName: string };
}

/** A need's status history, oldest first. */
export function NeedHistory({ history }: { history: NeedEventLike[] }) {
  const { L, t } = useLang();
  if (!history.length) return <div className="gr-muted">{t('暂无记录', 'No history yet')}</div>;
  return (
    <Timeline
      items={history.map((e, i) => ({
        key: i,
        color: needHistoryColor(e.to),
        content: (
          <div data-testid="need-history-item">
            <div>
              <b>{e.action === 'edit' ? t('提交人修改', 'Edited by the author') : e.action === 'recategorize' ? t('分类更正', 'Category corrected') : L('NeedStatus', e.to)}</b>
              <span className="gr-muted"> · {fmtTime(e.at)}</span>
            </div>
            <div className="gr-muted">
              {e.actor.displayName}
              {e.note ? <> · <NoteWithLinks note={e.note} /></> : null}
            </div>
          </div>
        ),
      }))}
    />
  );
}

/** A history note with each "项目 #23" as a link to that project's page. */
function NoteWithLinks({ note }: { note: string }) {
  const parts = note.split(/(项目 ?#\d+)/);
  return (
    <>
      {parts.map((part, i) => {
        const id = /^项目 ?#(\d+)$/.exec(part)?.[1];
        return id ? (
          <Link key={i} to={`/projects/${id}`} data-testid="history-project-link">
            {part}
          </Link>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        );
      })}
    </>
  );
}
