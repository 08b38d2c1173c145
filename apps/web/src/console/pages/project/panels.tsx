import { useState } from 'react';
import { Button, Card, Col, Descriptions, Progress, Row, Statistic, Table, Tag } from 'antd';
import { useQuery } from 'urql';
import { useLang } from '../../../shared/i18n';
import { NeedStatusTag } from '../../../shared/ui';
import { fmtTime, percent, yuan } from '../../../shared/format';
import { latestOf, overallPercent, ProjectTimeline } from '../../../shared/ProjectTimeline';
import { ProjectEvaluationDoc } from '../../../shared/operations';
import { DecisionButtons, ProgressModal, VotePanel } from '../../project-actions';
import { PhotoTimeline, projectPhotoEvents } from '../../../shared/photos';
import { useSession } from '../../../shared/session';
import { ProjectDates, ReleaseClaimButton } from '../../year/year-ui';
import type { DetailProject, ProjectPartProps } from './types';

/* The project page's panels: each takes the project (and what the caller may do) and draws one card. */

export function OverviewPanel({ project: p, year }: ProjectPartProps) {
  const { t, L } = useLang();
  return (
    <Card title={t('项目概况', 'Overview')} style={{ marginBottom: 16 }}>
      <p style={{ whiteSpace: 'pre-wrap', marginTop: 0 }}>{p.description}</p>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'cat', label: t('分类', 'Category'), children: L('NeedCategory', p.category) },
          { key: 'zone', label: t('片区', 'Zone'), children: p.zone.name },
          { key: 'b', label: t('预算', 'Budget'), children: yuan(p.budgetFen) },
          { key: 't', label: t('目标受益人数', 'Target'), children: p.targetBeneficiaries },
          { key: 'cl', label: t('认领名额', 'Claim limit'), children: `${p.claims.length}/${p.claimLimit}` },
          { key: 'v', label: t('志愿者报名', 'Volunteers'), children: p.volunteerCount },
          { key: 'dates', label: t('起止日期', 'Dates'), children: <ProjectDates startsOn={year?.startsOn} endsOn={year?.endsOn} overdue={year?.overdue} /> },
          ...(year?.offerPledge ? [{ key: 'offer', label: t('申报单位承诺', 'Offer pledge'), children: year.offerPledge }] : []),
        ]}
      />
    </Card>
  );
}

/** The board vote, while the state table says a resolution comes next. */
export function VotingPanel({ project: p, can, reload }: ProjectPartProps) {
  const { t } = useLang();
  if (!p.nextMoves.includes('resolve')) return null;
  return (
    <Card title={t('理事会表决', 'Board vote')} style={{ marginBottom: 16 }}>
      <VotePanel projectId={p.id} votes={p.votes} canVote={can('vote')} canClose={can('closeResolution')} onChange={reload} />
    </Card>
  );
}

export function DecisionPanel({ project: p, can, reload }: ProjectPartProps) {
  const { t } = useLang();
  if (!can('decide')) return null;
  return (
    <Card title={t('社区党委审批', 'Party committee decision')} style={{ marginBottom: 16 }}>
      <DecisionButtons projectId={p.id} onDone={reload} />
    </Card>
  );
}

/** Claims, each unit's latest progress, and the project's figures as the server sums them. */
export function ClaimsPanel({ project: p, can, reload }: ProjectPartProps) {
  const { t } = useLang();
  const { me } = useSession();
  const myUnit = me?.unit ?? null;
  const [correcting, setCorrecting] = useState<DetailProject['progress'][number] | null>(null);
  return (
    <Card title={t('认领与进度', 'Claims and progress')} style={{ marginBottom: 16 }}>
      <Row gutter={16} style={{ marginBottom: 12 }}>
        <Col span={6}><Statistic title={t('总体进度', 'Progress')} value={overallPercent(p.claims, p.progress)} suffix="%" /></Col>
        <Col span={6}><Statistic title={t('承诺资金', 'Pledged')} value={yuan(p.claims.reduce((a, c) => a + c.pledgedFundsFen, 0))} /></Col>
        <Col span={6}><Statistic title={t('已用资金', 'Spent')} value={yuan(p.fundsSpentFen)} /></Col>
        <Col span={6}><Statistic title={t('已受益', 'Reached')} value={p.beneficiaries} /></Col>
      </Row>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={p.claims}
        locale={{ emptyText: t('尚无单位认领；发布后成员单位可认领。', 'No claims yet; member units claim published projects.') }}
        columns={[
          { title: t('认领单位', 'Unit'), render: (_, c) => c.unit.name },
          { title: t('承诺', 'Pledge'), dataIndex: 'pledge' },
          { title: t('承诺资金', 'Funds'), width: 110, render: (_, c) => yuan(c.pledgedFundsFen) },
          { title: t('志愿者', 'Volunteers'), width: 80, dataIndex: 'pledgedVolunteers' },
          { title: t('最新进度', 'Latest'), width: 150, render: (_, c) => <Progress size="small" percent={latestOf(p.progress, c.unit.id)?.percent ?? 0} /> },
          // releaseClaim: a unit's admin for its own claim, staff for any unit's
          ...(can('releaseClaim')
            ? [
                {
                  title: '',
                  width: 110,
                  render: (_: unknown, c: (typeof p.claims)[number]) =>
                    !myUnit || c.unit.id === myUnit.id ? <ReleaseClaimButton projectId={p.id} unitId={c.unit.id} unitName={c.unit.name} onDone={reload} /> : null,
                },
              ]
            : []),
        ]}
      />
      {p.progress.length > 0 && (
        <Table
          style={{ marginTop: 12 }}
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={[...p.progress].reverse()}
          columns={[
            { title: t('时间', 'When'), width: 150, render: (_, r) => fmtTime(r.at) },
            { title: t('单位', 'Unit'), width: 180, render: (_, r) => r.unit.name },
            { title: t('进展', 'Note'), dataIndex: 'note' },
            { title: '%', width: 60, dataIndex: 'percent' },
            { title: t('累计资金', 'Spent'), width: 100, render: (_, r) => yuan(r.fundsSpentFen) },
            { title: t('累计受益', 'Reached'), width: 90, dataIndex: 'beneficiaries' },
            { title: t('图片', 'Photos'), width: 120, render: (_, r) => (r.photos.length ? <a href={r.photos[0].url} target="_blank" rel="noopener noreferrer">{t(`${r.photos.length} 张`, `${r.photos.length}`)}</a> : '—') },
            {
              title: '',
              width: 110,
              render: (_, r) => (
                <>
                  {r.correctedAt && <Tag title={fmtTime(r.correctedAt)}>{t('已更正', 'Corrected')}</Tag>}
                  {r.correctable && (
                    <Button size="small" onClick={() => setCorrecting(r)} data-testid="correct-progress">
                      {t('更正', 'Correct')}
                    </Button>
                  )}
                </>
              ),
            },
          ]}
        />
      )}
      {correcting && (
        <ProgressModal
          open
          projectId={p.id}
          unitId={correcting.unit.id}
          correcting={correcting}
          onClose={() => setCorrecting(null)}
          onDone={() => {
            setCorrecting(null);
            reload();
          }}
        />
      )}
    </Card>
  );
}

/** 图片台账: the project's photos in time order — its source needs', then each progress report's. */
export function PhotoTimelinePanel({ project: p }: { project: DetailProject }) {
  const { t } = useLang();
  return (
    <Card title={t('图片台账', 'Photo record')} style={{ marginBottom: 16 }}>
      <PhotoTimeline events={projectPhotoEvents(p, t)} />
    </Card>
  );
}

/** The evaluation results, once there are any. */
export function EvaluationPanel({ project: p }: { project: DetailProject }) {
  const { t } = useLang();
  const [{ data }] = useQuery({ query: ProjectEvaluationDoc, variables: { id: p.id } });
  const evaluation = data?.project?.evaluation;
  if (!evaluation) return null;
  return (
    <Card title={t('成效评估', 'Evaluation')} style={{ marginBottom: 16 }} extra={evaluation.frozen ? <Tag color="gold">{t('已定稿', 'Frozen')}</Tag> : null}>
      <Row gutter={16}>
        <Col span={6}><Statistic title={t('满意度', 'Satisfaction')} value={percent(evaluation.satisfactionRate)} /></Col>
        <Col span={6}><Statistic title={t('综合指数', 'Index')} value={evaluation.indexScore.toFixed(2)} suffix="/ 5" /></Col>
        <Col span={6}><Statistic title={t('答卷数', 'Responses')} value={evaluation.responseCount} /></Col>
        <Col span={6}><Statistic title={t('95%区间', '95% interval')} value={`${percent(evaluation.satisfactionInterval.low, 0)}–${percent(evaluation.satisfactionInterval.high, 0)}`} /></Col>
      </Row>
    </Card>
  );
}

export function SourceNeedsPanel({ project: p }: { project: DetailProject }) {
  const { t } = useLang();
  return (
    <Card title={t('来源需求', 'Source needs')} style={{ marginBottom: 16 }}>
      {p.sourceNeeds.map((n) => (
        <div key={n.id} style={{ display: 'flex', gap: 8, padding: '4px 0' }}>
          <span style={{ flex: 1 }}>{n.title}</span>
          <span className="gr-muted">♥ {n.supportCount}</span>
          <NeedStatusTag status={n.status} />
        </div>
      ))}
    </Card>
  );
}

export function TimelinePanel({ project: p }: { project: DetailProject }) {
  const { t } = useLang();
  return (
    <Card title={t('项目时间线', 'Timeline')}>
      <ProjectTimeline timeline={p.timeline} />
    </Card>
  );
}
