import { Timeline } from 'antd';
import { useLang } from './i18n';
import { fmtTime } from './format';

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
        color: tr.to === 'CANCELLED' ? 'red' : i === timeline.length - 1 ? 'blue' : 'green',
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

/** Each claiming unit's latest report counts: the project's progress is their mean. */
export function overallPercent(
  claims: { unit: { id: string } }[],
  progress: { unit: { id: string }; percent: number; at: string }[],
): number {
  if (!claims.length) return 0;
  const latest = new Map<string, { percent: number; at: string }>();
  for (const p of progress) {
    const prev = latest.get(p.unit.id);
    if (!prev || prev.at <= p.at) latest.set(p.unit.id, p);
  }
  const sum = claims.reduce((acc, c) => acc + (latest.get(c.unit.id)?.percent ?? 0), 0);
  return Math.round(sum / claims.length);
}

/** Reports are cumulative per unit: the project's figure sums each unit's latest report. */
export function latestSum<K extends 'fundsSpentFen' | 'beneficiaries'>(
  reports: ({ unit: { id: string }; at: string } & Record<K, number>)[],
  key: K,
): number {
  const latest = new Map<string, { at: string; v: number }>();
  for (const r of reports) {
    const prev = latest.get(r.unit.id);
    if (!prev || prev.at <= r.at) latest.set(r.unit.id, { at: r.at, v: r[key] });
  }
  return [...latest.values()].reduce((a, x) => a + x.v, 0);
}

/** The latest report of one unit, if any. */
export function latestOf<R extends { unit: { id: string }; at: string }>(reports: R[], unitId: string): R | null {
  let best: R | null = null;
  for (const r of reports) if (r.unit.id === unitId && (!best || best.at <= r.at)) best = r;
  return best;
}
