import { Link, useParams } from 'react-router-dom';
import { App, Button, Descriptions, Progress, Statistic, Tag } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useLang } from '../../shared/i18n';
import { refusalText } from '../../shared/errors';
import { EmptyHint, ErrorBox, Loading, NeedStatusTag, ProjectStatusTag } from '../../shared/ui';
import { fmtDate, fmtTime, percent, yuan } from '../../shared/format';
import { overallPercent, ProjectTimeline } from '../../shared/ProjectTimeline';
import { TopBar } from '../chrome';
import { ProjectEvaluationDoc } from '../../shared/operations';
import { JoinProjectDoc, ProjectDoc } from '../operations';
import { useSignInGate } from '../sign-in-gate';
import { ProjectFollowAndDates } from '../year/follow';
import { PhotoStrip, PhotoTimeline, projectPhotoEvents } from '../../shared/photos';

/** A project: what it is, who claimed it, how far it got, its timeline and its results. */
export default function ProjectDetail() {
  const { id = '' } = useParams();
  const { t, L, lang } = useLang();
  const { message } = App.useApp();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ProjectDoc, variables: { id } });
  const [joinState, join] = useMutation(JoinProjectDoc);
  const p = data?.project;
  const [{ data: evData }] = useQuery({ query: ProjectEvaluationDoc, variables: { id } });

  const signedIn = useSignInGate();

  const signUp = async () => {
    if (!signedIn()) return; // visitors sign in first, then come back to this project
    const r = await join({ projectId: id });
    if (r.error) message.error(refusalText(r.error, lang));
    else message.success(t('报名成功，感谢您成为志愿者！', 'Signed up — thank you for volunteering!'));
  };

  if (fetching && !data) return (<><TopBar title={t('项目', 'Project')} back /><Loading /></>);
  if (!p)
    return (
      <>
        <TopBar title={t('项目', 'Project')} back />
        <main className="gr-page">
          <ErrorBox error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
          <div className="gr-card">
            <EmptyHint title={t('没有找到该项目', 'Project not found')} action={<Link to="/projects">{t('返回项目清单', 'Back to projects')}</Link>} />
          </div>
        </main>
      </>
    );

  const fundsSpent = p.fundsSpentFen;
  const reached = p.beneficiaries;
  const pct = overallPercent(p.claims, p.progress);
  const ev = evData?.project?.evaluation;

  return (
    <>
      <TopBar title={t('项目详情', 'Project')} back />
      <main className="gr-page">
        <div className="gr-card">
          <div className="gr-row" style={{ alignItems: 'flex-start' }}>
            <h3 className="gr-grow" style={{ fontSize: 17 }} data-testid="project-title">{p.title}</h3>
            <ProjectStatusTag status={p.status} />
          </div>
          <Tag>{L('NeedCategory', p.category)}</Tag>
          <p style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>{p.description}</p>
          <Descriptions
            size="small"
            column={2}
            items={[
              { key: 'b', label: t('预算', 'Budget'), children: yuan(p.budgetFen) },
              { key: 'tb', label: t('目标受益', 'Target'), children: `${p.targetBeneficiaries}${t('人', '')}` },
              { key: 'cl', label: t('认领名额', 'Claims'), children: `${p.claims.length}/${p.claimLimit}` },
              { key: 'v', label: t('志愿者', 'Volunteers'), children: p.volunteerCount },
            ]}
          />
          <ProjectFollowAndDates id={p.id} />
          {p.availableActions.includes('join') && (
            <Button type="primary" block onClick={signUp} loading={joinState.fetching} style={{ marginTop: 8 }} data-testid="join-project">
              {t('报名当志愿者', 'Volunteer for this project')}
            </Button>
          )}
        </div>

        <div className="gr-card">
          <h3>{t('实施进度', 'Progress')}</h3>
          <Progress percent={pct} />
          <div className="gr-row" style={{ justifyContent: 'space-around', margin: '8px 0' }}>
            <Statistic title={t('已受益', 'Reached')} value={reached} suffix={t('人', '')} />
            <Statistic title={t('已投入资金', 'Funds spent')} value={yuan(fundsSpent)} />
          </div>
          {p.progress.length === 0 ? (
            <div className="gr-muted">{t('认领单位报告进度后显示在这里。', 'Progress reports from the claiming units appear here.')}</div>
          ) : (
            [...p.progress].reverse().map((r) => (
              <div key={r.id} style={{ borderTop: '1px solid #f0f0f0', padding: '8px 0' }}>
                <div className="gr-row">
                  <b className="gr-grow">{r.unit.name}</b>
                  <span>{r.percent}%</span>
                </div>
                <div>{r.note}</div>
                <PhotoStrip photos={r.photos} label={t(`${r.unit.name} 进度图片`, `${r.unit.name} progress photos`)} testId="progress-photos" />
                <div className="gr-muted">
                  {fmtTime(r.at)}
                  {r.correctedAt ? t(`（${fmtTime(r.correctedAt)} 更正）`, ` (corrected ${fmtTime(r.correctedAt)})`) : ''}
                </div>
              </div>
            ))
          )}
        </div>

        <div className="gr-card">
          <h3>{t('认领单位', 'Claiming units')}</h3>
          {p.claims.length === 0 ? (
            <div className="gr-muted">{t('尚无单位认领', 'No unit has claimed it yet')}</div>
          ) : (
            p.claims.map((c) => (
              <div key={c.id} style={{ padding: '6px 0', borderBottom: '1px solid #f5f5f5' }} data-testid="claim">
                <div className="gr-row">
                  <b className="gr-grow">{c.unit.name}</b>
                  <span className="gr-muted">{fmtDate(c.createdAt)}</span>
                </div>
                <div style={{ fontSize: 13 }}>{t('承诺：', 'Pledge: ')}{c.pledge}</div>
                <div className="gr-muted">
                  {t('承诺资金', 'Funds')} {yuan(c.pledgedFundsFen)} · {t('志愿者', 'Volunteers')} {c.pledgedVolunteers}
                </div>
              </div>
            ))
          )}
        </div>

        {ev && (
          <div className="gr-card" data-testid="project-results">
            <h3>{t('成效评估', 'Results')}{ev.frozen ? '' : t('（进行中）', ' (in progress)')}</h3>
            <div className="gr-row" style={{ justifyContent: 'space-around' }}>
              <Statistic title={t('满意度', 'Satisfaction')} value={percent(ev.satisfactionRate)} />
              <Statistic title={t('综合指数', 'Index')} value={ev.indexScore.toFixed(2)} suffix="/5" />
              <Statistic title={t('答卷', 'Responses')} value={ev.responseCount} />
            </div>
            <div className="gr-muted" style={{ textAlign: 'center', margin: '4px 0 8px' }}>
              {t('95% 置信区间', '95% interval')} {percent(ev.satisfactionInterval.low)} – {percent(ev.satisfactionInterval.high)}
            </div>
            {ev.dimensions.map((d) => (
              <div key={d.dimension} className="gr-row" style={{ fontSize: 13 }}>
                <span style={{ width: 130 }}>{L('Dimension', d.dimension)}</span>
                <Progress className="gr-grow" percent={Math.round((d.mean / 5) * 100)} format={() => d.mean.toFixed(2)} size="small" />
              </div>
            ))}
          </div>
        )}

        {p.sourceNeeds.length > 0 && (
          <div className="gr-card">
            <h3>{t('来源需求', 'Source needs')}</h3>
            {p.sourceNeeds.map((n) => (
              <div key={n.id} className="gr-row" style={{ padding: '4px 0' }}>
                <Link to={`/needs/${n.id}`} className="gr-grow gr-title">{n.title}</Link>
                <span className="gr-muted">{t('支持', '♥')} {n.supportCount}</span>
                <NeedStatusTag status={n.status} />
              </div>
            ))}
          </div>
        )}

        <div className="gr-card">
          <h3>{t('图片台账', 'Photo record')}</h3>
          <PhotoTimeline events={projectPhotoEvents(p, t)} />
        </div>

        <div className="gr-card">
          <h3>{t('项目时间线', 'Timeline')}</h3>
          <ProjectTimeline timeline={p.timeline} />
        </div>
      </main>
    </>
  );
}

