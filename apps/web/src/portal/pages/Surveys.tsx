import { Link } from 'react-router-dom';
import { Progress, Tag } from 'antd';
import { useQuery } from 'urql';
import { useLang } from '../../shared/i18n';
import { useZone } from '../../shared/session';
import { EmptyHint, ErrorBox, Loading } from '../../shared/ui';
import { TopBar } from '../chrome';
import { OpenSurveysDoc } from '../operations';

/** Open surveys the person may answer now. */
export default function Surveys() {
  const { t, L } = useLang();
  const { zone } = useZone();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: OpenSurveysDoc,
    variables: { zoneId: zone?.id ?? '' },
    pause: !zone,
    requestPolicy: 'cache-and-network',
  });
  const surveys = data?.openSurveys ?? [];
  return (
    <>
      <TopBar title={t('问卷评价', 'Surveys')} back />
      <main className="gr-page">
        <ErrorBox error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        {fetching && !data ? (
          <Loading />
        ) : surveys.length === 0 ? (
          <div className="gr-card">
            <EmptyHint
              title={t('暂时没有需要评价的项目', 'No survey is open right now')}
              hint={t('项目完成后，促进会会邀请您为它打分。', 'When a project completes, you will be invited to score it.')}
              action={<Link to="/projects">{t('看看项目清单', 'See the projects')}</Link>}
            />
          </div>
        ) : (
          surveys.map((s) => (
            // the whole card opens the survey, not only its button; its name is what it shows (WCAG 2.5.3)
            <Link to={`/surveys/${s.id}`} className="gr-card" key={s.id} data-testid="open-survey">
              <div className="gr-row">
                <b className="gr-grow gr-title">{s.project.title}</b>
                <Tag>{L('SurveyMethod', s.method)}</Tag>
              </div>
              <div className="gr-muted" style={{ margin: '4px 0' }}>
                {L('NeedCategory', s.project.category)} · {t(`${s.questions.length} 道题，约1分钟`, `${s.questions.length} questions, about a minute`)}
              </div>
              <Progress
                percent={Math.min(100, Math.round((s.responseCount / Math.max(1, s.targetResponses)) * 100))}
                size="small"
                format={() => `${s.responseCount}/${s.targetResponses}`}
              />
              <div className="gr-card-cta" aria-hidden>{t('去评价', 'Answer')}</div>
            </Link>
          ))
        )}
      </main>
    </>
  );
}
