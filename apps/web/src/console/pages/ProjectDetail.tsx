import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { App, Button, Card, Col, Descriptions, Progress, Row, Space, Statistic, Table, Tag } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useLang } from '../../shared/i18n';
import { useSession } from '../../shared/session';
import { refusalText } from '../../shared/errors';
import { EmptyHint, ErrorBox, Loading, NeedStatusTag, ProjectStatusTag } from '../../shared/ui';
import { fmtTime, percent, yuan } from '../../shared/format';
import { latestOf, latestSum, overallPercent, ProjectTimeline } from '../../shared/ProjectTimeline';
import { ProjectMeetings } from '../governance/ProjectMeetings';
import { ProjectEvaluationDoc } from '../../shared/operations';
import {
  CancelProjectDoc,
  CompleteProjectDoc,
  ProjectDoc,
  ProjectSurveysDoc,
  ProposeProjectDoc,
  PublishProjectDoc,
  StartProjectDoc,
} from '../operations';
import { PrintNoticeButton } from '../print-buttons';
import { ClaimModal, DecisionButtons, ProgressModal, PromptModal, VotePanel } from '../project-actions';
import { SuggestionsPanel } from '../matching/SuggestionsPanel';
import { EditDraftButton, FollowProjectButton, ProjectDates, ReleaseClaimButton, useProjectYear, YearPanels } from '../year/year-ui';

const BEFORE_COMPLETED = ['DRAFT', 'PROPOSED', 'RESOLVED', 'APPROVED', 'PUBLISHED', 'CLAIMED', 'IN_PROGRESS'];

/** One project with what the caller's roles allow next. */
export default function ProjectDetail() {
  const { id = '' } = useParams();
  const { t, L, lang } = useLang();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const { me, hasRole } = useSession();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ProjectDoc, variables: { id } });
  const [, propose] = useMutation(ProposeProjectDoc);
  const [, publish] = useMutation(PublishProjectDoc);
  const [, start] = useMutation(StartProjectDoc);
  const [, complete] = useMutation(CompleteProjectDoc);
  const [, cancel] = useMutation(CancelProjectDoc);
  const [prompt, setPrompt] = useState<'propose' | 'cancel' | null>(null);
  const [claimOpen, setClaimOpen] = useState(false);
  const [progressOpen, setProgressOpen] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const { year, reloadYear } = useProjectYear(id);
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    reloadYear();
  };
  const p = data?.project;
  const finished = !!p && ['COMPLETED', 'EVALUATED'].includes(p.status);
  const [{ data: surveysData }] = useQuery({ query: ProjectSurveysDoc, variables: { projectId: id }, pause: !finished || !hasRole('COUNCIL_STAFF') });
  const [{ data: evData }] = useQuery({ query: ProjectEvaluationDoc, variables: { id }, pause: !finished });
  const evaluation = evData?.project?.evaluation;

  if (fetching && !data) return <Loading />;
  if (!p)
    return (
      <>
        <ErrorBox error={error} onRetry={reload} />
        <Card>
          <EmptyHint title={t('没有找到该项目', 'Project not found')} action={<Link to="/projects">{t('返回项目清单', 'Back to projects')}</Link>} />
        </Card>
      </>
    );

  const staff = hasRole('COUNCIL_STAFF');
  const myUnit = hasRole('UNIT_ADMIN') ? me?.unit : null;
  const myClaim = myUnit ? p.claims.find((c) => c.unit.id === myUnit.id) : undefined;
  const releasedByMyUnit = !!myUnit && !!year?.releasedClaims.some((c) => c.unit.id === myUnit.id);
  const canClaim = !!myUnit && !myClaim && !releasedByMyUnit && ['PUBLISHED', 'CLAIMED'].includes(p.status) && p.claims.length < p.claimLimit;
  const myLast = myUnit ? latestOf(p.progress, myUnit.id) : null;
  const surveys = surveysData?.projectSurveys ?? [];

  const simple = async (key: string, run: () => Promise<{ error?: unknown; data?: unknown }>, ok: string) => {
    setBusy(key);
    const r = (await run()) as { error?: Parameters<typeof refusalText>[0] };
    setBusy(null);
    if (r.error) message.error(refusalText(r.error, lang));
    else {
      message.success(ok);
      reload();
    }
  };

  const actions: React.ReactNode[] = [];
  if (staff && p.status === 'DRAFT' && year) actions.push(<EditDraftButton key="edit" year={year} onDone={reload} />);
  if (staff && p.status === 'DRAFT')
    actions.push(
      <Button key="propose" type="primary" onClick={() => setPrompt('propose')} data-testid="propose-project">
        {t('提议（提交理事会表决）', 'Propose to the board')}
      </Button>,
    );
  if (staff && p.status === 'APPROVED')
    actions.push(
      <Button key="publish" type="primary" loading={busy === 'publish'} data-testid="publish-project"
        onClick={() => simple('publish', () => publish({ projectId: p.id }), t('已发布到项目清单', 'Published'))}>
        {t('发布到项目清单', 'Publish')}
      </Button>,
    );
  if (canClaim)
    actions.push(
      <Button key="claim" type="primary" onClick={() => setClaimOpen(true)} data-testid="claim-project">
        {t(`以「${myUnit!.name}」认领`, `Claim for ${myUnit!.name}`)}
      </Button>,
    );
  if (p.status === 'CLAIMED' && (staff || myClaim))
    actions.push(
      <Button key="start" type="primary" loading={busy === 'start'} data-testid="start-project"
        onClick={() => simple('start', () => start({ projectId: p.id }), t('项目开始实施', 'Started'))}>
        {t('开始实施', 'Start')}
      </Button>,
    );
  if (myClaim && ['CLAIMED', 'IN_PROGRESS'].includes(p.status))
    actions.push(
      <Button key="report" onClick={() => setProgressOpen(true)} data-testid="report-progress">
        {t('上报进度', 'Report progress')}
      </Button>,
    );
  if (p.status === 'IN_PROGRESS' && staff)
    actions.push(
      <Button key="complete" loading={busy === 'complete'} data-testid="complete-project"
        onClick={() =>
          modal.confirm({
            title: t('确认项目已完成？', 'Mark the project completed?'),
            content: t('完成后即可开展成效评估。', 'After completion the evaluation can start.'),
            okText: t('确认完成', 'Complete'),
            cancelText: t('取消', 'Cancel'),
            onOk: () => simple('complete', () => complete({ projectId: p.id }), t('项目已完成', 'Completed')),
          })
        }>
        {t('标记完成', 'Complete')}
      </Button>,
    );
  if (staff && ['COMPLETED', 'EVALUATED'].includes(p.status))
    actions.push(
      <Button key="survey" onClick={() => navigate(`/evaluation?project=${p.id}`)} data-testid="go-evaluation">
        {surveys.length ? t('查看成效评估', 'See evaluation') : t('创建评估问卷', 'Create a survey')}
      </Button>,
    );
  if (staff && BEFORE_COMPLETED.includes(p.status))
    actions.push(
      <Button key="cancel" danger onClick={() => setPrompt('cancel')}>
        {t('撤销项目', 'Cancel project')}
      </Button>,
    );

  return (
    <>
      <div className="gr-page-head">
        <h2 data-testid="project-title">{p.title}</h2>
        <ProjectStatusTag status={p.status} />
        <PrintNoticeButton projectId={p.id} />
        {year?.origin === 'UNIT_OFFER' && <Tag color="purple">{t(`单位申报 · ${year.offeredByUnit?.name ?? ''}`, `Offered by ${year.offeredByUnit?.name ?? 'a unit'}`)}</Tag>}
        {year && <FollowProjectButton projectId={p.id} followed={year.followedByMe} onChange={reloadYear} />}
      </div>
      <Row gutter={16}>
        <Col xs={24} xl={16}>
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
          {p.status === 'PROPOSED' && (
            <Card title={t('理事会表决', 'Board vote')} style={{ marginBottom: 16 }}>
              <VotePanel projectId={p.id} votes={p.votes} onChange={reload} />
            </Card>
          )}
          {p.status === 'RESOLVED' && hasRole('PARTY_COMMITTEE') && (
            <Card title={t('社区党委审批', 'Party committee decision')} style={{ marginBottom: 16 }}>
              <DecisionButtons projectId={p.id} onDone={reload} />
            </Card>
          )}
          <Card title={t('认领与进度', 'Claims and progress')} style={{ marginBottom: 16 }}>
            <Row gutter={16} style={{ marginBottom: 12 }}>
              <Col span={6}><Statistic title={t('总体进度', 'Progress')} value={overallPercent(p.claims, p.progress)} suffix="%" /></Col>
              <Col span={6}><Statistic title={t('承诺资金', 'Pledged')} value={yuan(p.claims.reduce((a, c) => a + c.pledgedFundsFen, 0))} /></Col>
              <Col span={6}><Statistic title={t('已用资金', 'Spent')} value={yuan(latestSum(p.progress, 'fundsSpentFen'))} /></Col>
              <Col span={6}><Statistic title={t('已受益', 'Reached')} value={latestSum(p.progress, 'beneficiaries')} /></Col>
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
                {
                  title: t('最新进度', 'Latest'),
                  width: 150,
                  render: (_, c) => <Progress size="small" percent={latestOf(p.progress, c.unit.id)?.percent ?? 0} />,
                },
                ...(['CLAIMED', 'IN_PROGRESS'].includes(p.status) && (staff || myClaim)
                  ? [
                      {
                        title: '',
                        width: 110,
                        render: (_: unknown, c: (typeof p.claims)[number]) =>
                          staff || c.unit.id === myUnit?.id ? <ReleaseClaimButton projectId={p.id} unitId={c.unit.id} unitName={c.unit.name} onDone={reload} /> : null,
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
                ]}
              />
            )}
          </Card>
          {year && <YearPanels year={year} />}
          {evaluation && (
            <Card title={t('成效评估', 'Evaluation')} style={{ marginBottom: 16 }} extra={evaluation.frozen ? <Tag color="gold">{t('已定稿', 'Frozen')}</Tag> : null}>
              <Row gutter={16}>
                <Col span={6}><Statistic title={t('满意度', 'Satisfaction')} value={percent(evaluation.satisfactionRate)} /></Col>
                <Col span={6}><Statistic title={t('综合指数', 'Index')} value={evaluation.indexScore.toFixed(2)} suffix="/ 5" /></Col>
                <Col span={6}><Statistic title={t('答卷数', 'Responses')} value={evaluation.responseCount} /></Col>
                <Col span={6}><Statistic title={t('95%区间', '95% interval')} value={`${percent(evaluation.satisfactionInterval.low, 0)}–${percent(evaluation.satisfactionInterval.high, 0)}`} /></Col>
              </Row>
            </Card>
          )}
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('可执行操作', 'Actions')} style={{ marginBottom: 16 }}>
            {actions.length ? <Space wrap>{actions}</Space> : <span className="gr-muted">{t('当前状态下您没有可执行的操作。', 'Nothing for you to do in this state.')}</span>}
          </Card>
          {staff && BEFORE_COMPLETED.includes(p.status) && (
            <SuggestionsPanel projectId={p.id} canInvite={['PUBLISHED', 'CLAIMED'].includes(p.status) && p.claims.length < p.claimLimit} onInvited={reload} />
          )}
          <Card title={t('来源需求', 'Source needs')} style={{ marginBottom: 16 }}>
            {p.sourceNeeds.map((n) => (
              <div key={n.id} style={{ display: 'flex', gap: 8, padding: '4px 0' }}>
                <span style={{ flex: 1 }}>{n.title}</span>
                <span className="gr-muted">♥ {n.supportCount}</span>
                <NeedStatusTag status={n.status} />
              </div>
            ))}
          </Card>
          <Card title={t('项目时间线', 'Timeline')}>
            <ProjectTimeline timeline={p.timeline} />
          </Card>
          <ProjectMeetings projectId={p.id} />
        </Col>
      </Row>

      <PromptModal
        open={prompt === 'propose'}
        title={t('提议项目', 'Propose the project')}
        label={t('提议说明（可选）', 'Comment (optional)')}
        okText={t('提交理事会表决', 'Send to the board')}
        onCancel={() => setPrompt(null)}
        onSubmit={async (comment) => {
          const r = await propose({ projectId: p.id, comment: comment || null });
          if (r.error) return refusalText(r.error, lang);
          message.success(t('已提议，等待理事会表决', 'Proposed; waiting for the board'));
          setPrompt(null);
          reload();
          return null;
        }}
      />
      <PromptModal
        open={prompt === 'cancel'}
        title={t('撤销项目', 'Cancel the project')}
        label={t('撤销原因', 'Reason')}
        required
        danger
        okText={t('撤销', 'Cancel project')}
        onCancel={() => setPrompt(null)}
        onSubmit={async (comment) => {
          const r = await cancel({ projectId: p.id, comment });
          if (r.error) return refusalText(r.error, lang);
          message.success(t('项目已撤销', 'Cancelled'));
          setPrompt(null);
          reload();
          return null;
        }}
      />
      {myUnit && (
        <>
          <ClaimModal open={claimOpen} projectId={p.id} projectTitle={p.title} unitId={myUnit.id} onClose={() => setClaimOpen(false)} onDone={() => { setClaimOpen(false); reload(); }} />
          <ProgressModal open={progressOpen} projectId={p.id} unitId={myUnit.id} last={myLast} onClose={() => setProgressOpen(false)} onDone={() => { setProgressOpen(false); reload(); }} />
        </>
      )}
    </>
  );
}
