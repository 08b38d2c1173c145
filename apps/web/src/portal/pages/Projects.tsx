import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Progress, Segmented } from 'antd';
import { useLang } from '../../shared/i18n';
import { useZone } from '../../shared/session';
import { useConnection } from '../../shared/paging';
import { EmptyHint, ErrorBox, LoadMore, Loading, ProjectStatusTag } from '../../shared/ui';
import { overallPercent } from '../../shared/ProjectTimeline';
import { TopBar } from '../chrome';
import { ProjectsDoc } from '../operations';
import type { ProjectStatus } from '../gql/graphql';

const FILTERS: (ProjectStatus | 'ALL')[] = ['ALL', 'PUBLISHED', 'CLAIMED', 'IN_PROGRESS', 'COMPLETED', 'EVALUATED'];

/** 项目清单: the zone's projects, paged with the api's cursors. */
export default function Projects() {
  const { t, L } = useLang();
  const { zone } = useZone();
  const [status, setStatus] = useState<ProjectStatus | 'ALL'>('ALL');
  const list = useConnection(
    ProjectsDoc,
    { zoneId: zone?.id ?? '', status: status === 'ALL' ? null : status },
    (d) => d.projects,
    { pause: !zone },
  );
  return (
    <>
      <TopBar title={t('项目清单', 'Projects')} />
      <main className="gr-page">
        <div style={{ overflowX: 'auto', marginBottom: 8 }}>
          <Segmented
            value={status}
            onChange={(v) => setStatus(v as ProjectStatus | 'ALL')}
            options={FILTERS.map((s) => ({ value: s, label: s === 'ALL' ? t('全部', 'All') : L('ProjectStatus', s) }))}
          />
        </div>
        <ErrorBox error={list.error} onRetry={list.refresh} />
        {list.loading ? (
          <Loading />
        ) : list.nodes.length === 0 ? (
          <div className="gr-card">
            <EmptyHint
              title={t('暂无项目', 'No projects here')}
              hint={t('项目经促进会提议、理事会决议、党委审批后在此发布。', 'Projects appear here once proposed, resolved and approved.')}
            />
          </div>
        ) : (
          list.nodes.map((p) => (
            <Link key={p.id} to={`/projects/${p.id}`} className="gr-card" style={{ display: 'block', color: 'inherit' }} data-testid="project-card">
              <div className="gr-row">
                <b className="gr-grow gr-ellipsis">{p.title}</b>
                <ProjectStatusTag status={p.status} />
              </div>
              <div className="gr-muted" style={{ margin: '4px 0' }}>
                {L('NeedCategory', p.category)} · {t('认领单位', 'Units')} {p.claims.length}/{p.claimLimit} · {t('志愿者', 'Volunteers')} {p.volunteerCount}
              </div>
              {p.claims.length > 0 && (
                <div className="gr-muted gr-ellipsis">{p.claims.map((c) => c.unit.name).join('、')}</div>
              )}
              <Progress percent={overallPercent(p.claims, p.progress)} size="small" />
            </Link>
          ))
        )}
        <LoadMore hasMore={list.hasMore} loading={list.loadingMore} onLoad={list.loadMore} count={list.nodes.length} total={list.totalCount} />
      </main>
    </>
  );
}
