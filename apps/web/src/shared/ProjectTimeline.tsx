import { Timeline } from 'antd';
import { useLang } from './i18n';
import { fmtTime } from './format';
import { projectTimelineColor } from './glossary';

export interface TransitionLike {
  from?: string | null;
  to: string;
  comment?: string | null;
  at: string;
  actor: { displayName: string };
  /** the board round it belongs to (0 before the first proposal) */
  round?: number | null;
}

/** The project's recorded transitions, oldest first: who moved it, when, and why. */
export function ProjectTimeline({ timeline }: { timeline: TransitionLike[] }) {
  const { L, t } = useLang();
  if (!timeline.length) return <div style={{ color: '#595959' }}>{t('暂无记录', 'Nothing recorded yet')}</div>;
  return (
    <Timeline
      items={timeline.map((tr, i) => ({
        key: i,
        color: projectTimelineColor(tr.to, i === timeline.length - 1),
        title: fmtTime(tr.at),
        content: (
          <div data-testid="timeline-item">
            <div>
              {tr.round ? <span className="gr-muted" data-testid="timeline-round">{t(`第 ${tr.round} 轮 · `, `Round ${tr.round} · `)}</span> : null}
              {tr.from && tr.from !== tr.to ? `${L('ProjectStatus', tr.from)} → ` : ''}
              <b>{tr.from === tr.to ? t('记录', 'Note') : L('ProjectStatus', tr.to)}</b>
            </div>
            <div style={{ color: '#595959', fontSize: 12 }}>
              {tr.actor.displayName}
              {tr.comment ? ` · ${tr.comment}` : ''}
            </div>
          </div>
        ),
      }))}
    />
  );
}

/** Each claiming unit's latest report (the server marks it `latest`) counts: the project's progress is their mean. */
export function overallPercent(claims: { unit: { id: string } }[], progress: { unit: { id: string }; percent: number; latest: boolean }[]): number {
  if (!claims.length) return 0;
  const sum = claims.reduce((acc, c) => acc + (latestOf(progress, c.unit.id)?.percent ?? 0), 0);
  return Math.round(sum / claims.length);
}

/** The latest report of one unit, if any (the server marks it). */
export function latestOf<R extends { unit: { id: string }; latest: boolean }>(reports: R[], unitId: string): R | null {
  return reports.find((r) => r.unit.id === unitId && r.latest) ?? null;
}
