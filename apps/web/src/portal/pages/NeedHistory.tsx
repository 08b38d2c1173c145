import { Timeline } from 'antd';
import { useLang } from '../../shared/i18n';
import { fmtTime } from '../../shared/format';

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
        color: e.to === 'REJECTED' ? 'red' : e.to === 'FULFILLED' ? 'green' : 'blue',
        content: (
          <div data-testid="need-history-item">
            <div>
              <b>{e.action === 'edit' ? t('提交人修改', 'Edited by the author') : e.action === 'recategorize' ? t('分类更正', 'Category corrected') : L('NeedStatus', e.to)}</b>
              <span className="gr-muted"> · {fmtTime(e.at)}</span>
            </div>
            <div className="gr-muted">
              {e.actor.displayName}
              {e.note ? ` · ${e.note}` : ''}
            </div>
          </div>
        ),
      }))}
    />
  );
}
