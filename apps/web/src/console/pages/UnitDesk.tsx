import { OfferProjectCard } from '../year/year-ui';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Progress, Segmented, Space, Table, Tabs, Tag } from 'antd';
import { useLang } from '../../shared/i18n';
import { useSession, useZone } from '../../shared/session';
import { useConnection } from '../../shared/paging';
import { EmptyHint, ErrorBox, LoadMore, ProjectStatusTag } from '../../shared/ui';
import { fmtDate, yuan } from '../../shared/format';
import { NeedLists, ProjectLists, UNIT_PROJECT_STAGES } from '../../shared/glossary';
import { latestOf, overallPercent } from '../../shared/ProjectTimeline';
import { useLightWish } from '../light-wish';
import { NeedsDoc, ProjectsDoc } from '../operations';
import { ExportButton } from '../export-button';
import { ProgressModal, useClaimDialog } from '../project-actions';
import { PagedTable } from '../paged-table';
import type { ConsoleProjectRowFragment, ProjectStatus } from '../gql/graphql';
import { RecommendedTab } from '../matching/RecommendedTab';
import { ResourcesTab } from '../matching/ResourcesTab';

/** A member unit's desk: claim published projects, report progress, light up micro-wishes. */
export default function UnitDesk() {
  const { t } = useLang();
  const { me } = useSession();
  const unit = me?.unit;
  if (!unit)
    return <Alert type="warning" showIcon title={t('您的账号未关联成员单位，请联系管理员。', 'Your account is not linked to a member unit; ask an administrator.')} />;
  return (
    <>
      <div className="gr-page-head">
        <h2>{t('单位认领', 'Unit desk')}</h2>
        <Tag color="red">{unit.name}</Tag>
      </div>
      <Tabs
        defaultActiveKey="recommended"
        destroyOnHidden
        items={[
          { key: 'recommended', label: t('为你推荐', 'For you'), children: <RecommendedTab unitId={unit.id} /> },
          { key: 'claim', label: t('可认领项目', 'Open to claim'), children: <Claimable unitId={unit.id} /> },
          { key: 'mine', label: t('本单位项目', 'Our projects'), children: <Mine unitId={unit.id} /> },
          { key: 'wishes', label: t('点亮心愿', 'Light up wishes'), children: <Wishes unitId={unit.id} /> },
          { key: 'resources', label: t('资源管理', 'Our resources'), children: <ResourcesTab unitId={unit.id} /> },
          { key: 'offer', label: t('单位申报', 'Offer a project'), children: <OfferProjectCard /> },
        ]}
      />
    </>
  );
}

function Claimable({ unitId }: { unitId: string }) {
  const { t, L } = useLang();
  const { zone } = useZone();
  const claimDialog = useClaimDialog(unitId, () => refresh());
  const published = useConnection(ProjectsDoc, { zoneId: zone?.id ?? '', ...ProjectLists.UNCLAIMED }, (d) => d.projects, { pause: !zone });
  const claimed = useConnection(ProjectsDoc, { zoneId: zone?.id ?? '', ...ProjectLists.PARTLY_CLAIMED }, (d) => d.projects, { pause: !zone });
  // the server says which ones this unit may still claim (places left, not claimed by it yet)
  const rows = [...published.nodes, ...claimed.nodes].filter((p) => p.availableActions.includes('claim'));
  const refresh = () => {
    published.refresh();
    claimed.refresh();
  };
  return (
    <>
      <ErrorBox error={published.error ?? claimed.error} onRetry={refresh} />
      <Table<ConsoleProjectRowFragment>
        rowKey="id"
        loading={published.loading || claimed.loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: <EmptyHint title={t('暂无可认领的项目', 'Nothing to claim now')} hint={t('党委审批通过并发布的项目会出现在这里。', 'Approved and published projects appear here.')} /> }}
        columns={[
          { title: t('项目', 'Project'), render: (_, p) => <Link to={`/projects/${p.id}`}>{p.title}</Link> },
          { title: t('分类', 'Category'), width: 130, render: (_, p) => L('NeedCategory', p.category) },
          { title: t('预算', 'Budget'), width: 110, render: (_, p) => yuan(p.budgetFen) },
          { title: t('名额', 'Places'), width: 80, render: (_, p) => `${p.claims.length}/${p.claimLimit}` },
          {
            title: '',
            width: 110,
            render: (_, p) => (
              <Button type="primary" size="small" onClick={() => claimDialog.claim(p)} data-testid="unit-claim">
                {t('认领', 'Claim')}
              </Button>
            ),
          },
        ]}
      />
      <LoadMore list={published} total={null} />
      {claimDialog.dialog}
    </>
  );
}

function Mine({ unitId }: { unitId: string }) {
  const { t, L } = useLang();
  const { zone } = useZone();
  const [status, setStatus] = useState<ProjectStatus>(UNIT_PROJECT_STAGES[0]);
  const [reporting, setReporting] = useState<ConsoleProjectRowFragment | null>(null);
  const list = useConnection(ProjectsDoc, { zoneId: zone?.id ?? '', status }, (d) => d.projects, { pause: !zone });
  const mine = list.nodes.filter((p) => p.claims.some((c) => c.unit.id === unitId));
  return (
    <>
      <Segmented
        style={{ marginBottom: 12 }}
        value={status}
        onChange={(v) => setStatus(v as ProjectStatus)}
        options={UNIT_PROJECT_STAGES.map((s) => ({ value: s, label: L('ProjectStatus', s) }))}
      />
      {zone && (
        <span style={{ marginLeft: 12 }}>
          <ExportButton path={`/exports/zones/${encodeURIComponent(zone.id)}/claims.xlsx`} params={{ unitId, status }} filename={t('本单位认领明细', 'our-claims')} testId="unit-claims-export" />
        </span>
      )}
      <PagedTable
        list={list}
        rows={mine}
        card={false}
        total={null}
        empty={<EmptyHint title={t('本单位在此状态下没有项目', 'No projects of yours in this state')} hint={t('在「可认领项目」中认领项目。', 'Claim one under "Open to claim".')} />}
        columns={[
          { title: t('项目', 'Project'), render: (_, p) => <Link to={`/projects/${p.id}`}>{p.title}</Link> },
          { title: t('状态', 'Status'), width: 110, render: (_, p) => <ProjectStatusTag status={p.status} /> },
          { title: t('本单位进度', 'Our progress'), width: 160, render: (_, p) => <Progress size="small" percent={latestOf(p.progress, unitId)?.percent ?? 0} /> },
          { title: t('总体进度', 'Overall'), width: 160, render: (_, p) => <Progress size="small" percent={overallPercent(p.claims, p.progress)} /> },
          {
            title: '',
            width: 200,
            render: (_, p) => (
              <Space>
                {p.availableActions.includes('reportProgress') && (
                  <Button size="small" onClick={() => setReporting(p)}>{t('上报进度', 'Report')}</Button>
                )}
                <Link to={`/projects/${p.id}`}>{t('详情', 'Open')}</Link>
              </Space>
            ),
          },
        ]}
      />
      {reporting && (
        <ProgressModal
          open
          projectId={reporting.id}
          unitId={unitId}
          last={latestOf(reporting.progress, unitId)}
          onClose={() => setReporting(null)}
          onDone={() => {
            setReporting(null);
            list.refresh();
          }}
        />
      )}
    </>
  );
}

function Wishes({ unitId }: { unitId: string }) {
  const { t, L } = useLang();
  const { zone } = useZone();
  const list = useConnection(NeedsDoc, { zoneId: zone?.id ?? '', ...NeedLists.MENU_WISHES }, (d) => d.needs, { pause: !zone });
  const [lit, setLit] = useState<Set<string>>(new Set());
  const { light, busy } = useLightWish(unitId, (needId) => setLit((s) => new Set([...s, needId])));
  return (
    <PagedTable
      list={list}
      empty={<EmptyHint title={t('暂无待点亮的微心愿', 'No wishes waiting')} hint={t('审核通过的微心愿会出现在这里。', 'Accepted micro-wishes appear here.')} />}
      columns={[
        { title: t('心愿', 'Wish'), render: (_, n) => <div><b>{n.title}</b><div className="gr-muted">{n.content}</div></div> },
        { title: t('分类', 'Category'), width: 130, render: (_, n) => L('NeedCategory', n.category) },
        { title: t('支持', 'Supports'), width: 80, dataIndex: 'supportCount' },
        { title: t('提交', 'Submitted'), width: 110, render: (_, n) => fmtDate(n.createdAt) },
        {
          title: '',
          width: 110,
          render: (_, n) =>
            lit.has(n.id) ? (
              <Tag color="green">{t('已点亮', 'Lit up')}</Tag>
            ) : !n.availableActions.includes('claimWish') ? null : (
              <Button size="small" type="primary" loading={busy === n.id} onClick={() => light(n.id)}>
                {t('点亮心愿', 'Light up')}
              </Button>
            ),
        },
      ]}
    />
  );
}
