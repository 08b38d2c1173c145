import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Checkbox, Input, Progress, Select, Space, Tooltip } from 'antd';
import { useQuery } from 'urql';
import { useEnumOptions, useLang } from '../../shared/i18n';
import { useSession, useZone } from '../../shared/session';
import { useConnection } from '../../shared/paging';
import { EmptyHint, ProjectStatusTag } from '../../shared/ui';
import { overallPercent } from '../../shared/ProjectTimeline';
import { yuan } from '../../shared/format';
import { ProjectLists } from '../../shared/glossary';
import { ProjectsDoc, UnitsDoc } from '../operations';
import { ExportButton } from '../export-button';
import { PagedTable } from '../paged-table';
import type { NeedCategory, ProjectStatus } from '../gql/graphql';

/** Projects of the zone with their claims and progress; search, filter by status, category and claiming unit. */
export default function Projects() {
  const { t, L } = useLang();
  const { zone } = useZone();
  const { hasRole } = useSession();
  const statusOptions = useEnumOptions('ProjectStatus');
  const categoryOptions = useEnumOptions('NeedCategory');
  const [status, setStatus] = useState<ProjectStatus | undefined>(hasRole('COUNCIL_STAFF') ? undefined : ProjectLists.UNCLAIMED.status);
  const [category, setCategory] = useState<NeedCategory | undefined>();
  const [unitId, setUnitId] = useState<string | undefined>();
  const [search, setSearch] = useState('');
  const [overdue, setOverdue] = useState(false);
  const [{ data: units }] = useQuery({ query: UnitsDoc, variables: { zoneId: zone?.id ?? '' }, pause: !zone });
  const list = useConnection(
    ProjectsDoc,
    { zoneId: zone?.id ?? '', status: status ?? null, category: category ?? null, unitId: unitId ?? null, search: search || null, overdue: overdue || null },
    (d) => d.projects,
    { pause: !zone },
  );

  return (
    <>
      <div className="gr-page-head">
        <h2>{t('项目清单', 'Projects')}</h2>
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={t('搜索项目名称或描述', 'Search projects')}
            style={{ width: 220 }}
            onSearch={(v) => setSearch(v.trim())}
            aria-label={t('搜索', 'Search')}
            data-testid="projects-search"
          />
          <Select allowClear placeholder={t('全部状态', 'Any status')} style={{ width: 160 }} value={status} onChange={setStatus} options={statusOptions} aria-label={t('状态', 'Status')} />
          <Select allowClear placeholder={t('全部分类', 'Any category')} style={{ width: 180 }} value={category} onChange={setCategory} options={categoryOptions} aria-label={t('分类', 'Category')} />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('全部认领单位', 'Any unit')}
            style={{ width: 200 }}
            value={unitId}
            onChange={setUnitId}
            options={(units?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
            aria-label={t('认领单位', 'Claimed by')}
          />
          <Checkbox checked={overdue} onChange={(e) => setOverdue(e.target.checked)} data-testid="projects-overdue">
            {t('仅看逾期', 'Overdue only')}
          </Checkbox>
          {zone && (
            <ExportButton
              path={`/exports/zones/${encodeURIComponent(zone.id)}/projects.xlsx`}
              params={{ status, category, unitId, search, overdue: overdue || null }}
              filename={`${zone.name}-${t('项目清单', 'projects')}`}
              testId="projects-export"
            />
          )}
          {zone && hasRole('COUNCIL_STAFF') && (
            <ExportButton path={`/exports/zones/${encodeURIComponent(zone.id)}/claims.xlsx`} params={{ unitId, status }} filename={`${zone.name}-${t('认领明细', 'claims')}`} testId="claims-export" label={t('导出认领明细', 'Export claims')} />
          )}
          {hasRole('COUNCIL_STAFF') && (
            <Link to="/menu">
              <Button type="primary">{t('从需求菜单起草项目', 'Draft from the menu')}</Button>
            </Link>
          )}
        </Space>
      </div>
      <PagedTable
        list={list}
        empty={
          <EmptyHint
            title={t('没有符合条件的项目', 'No matching projects')}
            hint={hasRole('COUNCIL_STAFF') ? t('在需求菜单中选择需求即可起草项目。', 'Pick needs in the menu to draft one.') : t('换个关键词、状态或分类试试。', 'Try other words, another status or category.')}
          />
        }
        columns={[
          { title: t('项目', 'Project'), dataIndex: 'title', render: (_, p) => <Link to={`/projects/${p.id}`} data-testid="project-link">{p.title}</Link> },
          { title: t('分类', 'Category'), dataIndex: 'category', width: 130, render: (c) => L('NeedCategory', c) },
          { title: t('状态', 'Status'), dataIndex: 'status', width: 120, render: (s) => <ProjectStatusTag status={s} /> },
          {
            title: t('认领单位', 'Claimed by'),
            width: 220,
            render: (_, p) => (
              <Tooltip title={p.claims.map((c) => c.unit.name).join('、')}>
                <span>
                  {p.claims.length}/{p.claimLimit} {p.claims[0]?.unit.name ?? ''}
                  {p.claims.length > 1 ? t(' 等', ' …') : ''}
                </span>
              </Tooltip>
            ),
          },
          { title: t('进度', 'Progress'), width: 160, render: (_, p) => <Progress percent={overallPercent(p.claims, p.progress)} size="small" /> },
          { title: t('预算', 'Budget'), width: 110, align: 'right', render: (_, p) => yuan(p.budgetFen) },
          { title: t('已用资金', 'Spent'), width: 110, align: 'right', render: (_, p) => yuan(p.fundsSpentFen) },
          { title: t('受益/目标', 'Reached/target'), width: 120, align: 'right', render: (_, p) => `${p.beneficiaries}/${p.targetBeneficiaries}` },
        ]}
      />
    </>
  );
}
