import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, Button, Tag } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useLang } from '../../shared/i18n';
import { refusals } from '../../shared/errors';
import { EmptyHint, ErrorBox, Loading } from '../../shared/ui';
import { TopBar } from '../chrome';
import { DonePage } from '../done-page';
import { SubmitResponseDoc, SurveyDoc } from '../operations';

const SCALE: [number, string, string][] = [
  [1, '很不满意', 'Very poor'],
  [2, '不满意', 'Poor'],
  [3, '一般', 'Fair'],
  [4, '满意', 'Good'],
  [5, '很满意', 'Very good'],
];

/** Answer a survey: every question on a 1–5 scale, all required. */
export default function SurveyAnswer() {
  const { id = '' } = useParams();
  const { t, L, lang } = useLang();
  const navigate = useNavigate();
  const [{ data, fetching, error }] = useQuery({ query: SurveyDoc, variables: { id } });
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [missing, setMissing] = useState<string[]>([]);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [state, submit] = useMutation(SubmitResponseDoc);
  const survey = data?.survey;

  const send = async () => {
    if (!survey) return;
    const unanswered = survey.questions.filter((q) => !answers[q.id]).map((q) => q.id);
    setMissing(unanswered);
    if (unanswered.length) {
      document.getElementById(`q-${unanswered[0]}`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      return;
    }
    setSubmitError(null);
    const r = await submit({
      surveyId: survey.id,
      answers: survey.questions.map((q) => ({ questionId: q.id, score: answers[q.id] })),
    });
    if (r.error) {
      const list = refusals(r.error, lang);
      setSubmitError(
        list.some((x) => x.code === 'CONFLICT')
          ? t('您已经提交过这份问卷，感谢参与！', 'You have already answered this survey, thank you!')
          : list.map((x) => x.message).join('；'),
      );
      return;
    }
    setDone(true);
  };

  if (done)
    return (
      <DonePage
        bar={t('提交成功', 'Thank you')}
        title={t('感谢您的评价！', 'Thank you for your answers!')}
        subTitle={t('您的意见将帮助促进会把项目做得更好。', 'Your answers help the council do better.')}
        extra={<Button type="primary" onClick={() => navigate('/surveys')}>{t('返回问卷列表', 'Back to surveys')}</Button>}
      />
    );

  return (
    <>
      <TopBar title={t('项目评价', 'Survey')} back />
      <main className="gr-page">
        <ErrorBox error={error} />
        {fetching && !data ? (
          <Loading />
        ) : !survey ? (
          <div className="gr-card">
            <EmptyHint title={t('没有找到这份问卷', 'Survey not found')} action={<Link to="/surveys">{t('返回', 'Back')}</Link>} />
          </div>
        ) : !survey.open ? (
          <div className="gr-card">
            <EmptyHint title={t('这份问卷已结束', 'This survey is closed')} action={<Link to={`/projects/${survey.project.id}`}>{t('查看项目成效', 'See the results')}</Link>} />
          </div>
        ) : (
          <>
            <div className="gr-card">
              <h3>{survey.project.title}</h3>
              <div className="gr-muted">
                {t('请为以下各项打分：1 分最低，5 分最高。', 'Score each item from 1 (lowest) to 5 (highest).')}
              </div>
            </div>
            {survey.questions.map((q, i) => (
              <div
                className="gr-card"
                key={q.id}
                id={`q-${q.id}`}
                data-testid="survey-question"
                style={missing.includes(q.id) ? { outline: '1px solid #ff4d4f' } : undefined}
              >
                <div style={{ marginBottom: 4 }}>
                  <b>{i + 1}. {q.text}</b>
                </div>
                <Tag style={{ marginBottom: 8 }}>{L('Dimension', q.dimension)}</Tag>
                <div className="gr-score" role="radiogroup" aria-label={q.text}>
                  {SCALE.map(([score, zh, en]) => (
                    <button
                      type="button"
                      key={score}
                      role="radio"
                      aria-checked={answers[q.id] === score}
                      aria-pressed={answers[q.id] === score}
                      title={lang === 'zh' ? zh : en}
                      data-score={score}
                      onClick={() => {
                        setAnswers((a) => ({ ...a, [q.id]: score }));
                        setMissing((m) => m.filter((x) => x !== q.id));
                      }}
                    >
                      {score}
                    </button>
                  ))}
                </div>
                <div className="gr-row gr-muted" style={{ justifyContent: 'space-between', marginTop: 4 }}>
                  <span>{t('很不满意', 'Very poor')}</span>
                  <span>{t('很满意', 'Very good')}</span>
                </div>
                {missing.includes(q.id) && <div style={{ color: '#ff4d4f', fontSize: 13 }}>{t('请为此题打分', 'Please score this item')}</div>}
              </div>
            ))}
            {submitError && <Alert type="error" showIcon title={submitError} style={{ marginBottom: 12 }} />}
            <Button type="primary" size="large" block onClick={send} loading={state.fetching} data-testid="submit-survey">
              {t('提交评价', 'Submit')}
            </Button>
          </>
        )}
      </main>
    </>
  );
}
