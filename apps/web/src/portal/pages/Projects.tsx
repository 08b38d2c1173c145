import { useState } from 'react';
import { Input, Segmented } from 'antd';
import { useLang } from '../../shared/i18n';
import { useZone } from '../../shared/session';
import { useConnection } from '../../shared/paging';
import { EmptyHint, PagedList } from '../../shared/ui';
import { TopBar } from '../chrome';
import { ProjectCard } from '../project-card';
import { ProjectsDoc } from '../operations';
import type { ProjectStatus } from '../gql/graphql';

const FILTERS: (ProjectStatus | 'ALL')[] = ['ALL', 'PUBLISHED', 'CLAIMED', 'IN_PROGRESS', 'COMPLETED', 'EVALUATED'];

/** 项目清单: the zone's projects, paged with the api's cursors. */
export default function Projects() {
  const { t, L } = useLang();
  const { zone } = useZone();
  const [status, setStatus] = useState<ProjectStatus | 'ALL'>('ALL');
  const [search, setSearch] = useState('');
  const list = useConnection(
    ProjectsDoc,
    { zoneId: zone?.id ?? '', status: status === 'ALL' ? null : status, search: search || null },
    (d) => d.projects,
    { pause: !zone },
  );
  return (
    <>
      <TopBar title={t('项目清单', 'Projects')} />
      <main className="gr-page">
        <Input.Search
          allowClear
          placeholder={t('搜索项目', 'Search projects')}
          onSearch={(v) => setSearch(v.trim())}
          style={{ marginBottom: 8 }}
          aria-label={t('搜索', 'Search')}
          data-testid="projects-search"
        />
        <div style={{ overflowX: 'auto', marginBottom: 8 }}>
          <Segmented
            value={status}
            onChange={(v) => setStatus(v as ProjectStatus | 'ALL')}
            options={FILTERS.map((s) => ({ value: s, label: s === 'ALL' ? t('全部', 'All') : L('ProjectStatus', s) }))}
          />
        </div>
        <PagedList
          list={list}
          empty={
            <div className="gr-card">
              <EmptyHint
                title={search ? t(`没有包含「${search}」的项目`, `No project mentions "${search}"`) : t('暂无项目', 'No projects here')}
                hint={t('项目经促进会提议、理事会决议、党委审批后在此发布。', 'Projects appear here once proposed, resolved and approved.')}
              />
            </div>
          }
        >
          {(nodes) =>
            nodes.map((p) => (
              <ProjectCard key={p.id} project={p} testId="project-card">
                <div className="gr-muted" style={{ margin: '4px 0' }}>
                  {L('NeedCategory', p.category)} · {t('认领单位', 'Units')} {p.claims.length}/{p.claimLimit} · {t('志愿者', 'Volunteers')} {p.volunteerCount}
                </div>
                {p.claims.length > 0 && (
                  <div className="gr-muted gr-ellipsis">{p.claims.map((c) => c.unit.name).join('、')}</div>
                )}
              </ProjectCard>
            ))
          }
        </PagedList>
      </main>
    </>
  );
}
