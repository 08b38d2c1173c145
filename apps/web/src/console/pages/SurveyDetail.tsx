import { useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, App, Button, Card, Col, Input, Row, Space, Statistic, Tabs, Tag, type InputRef } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useLang } from '../../shared/i18n';
import { refusals, refusalText } from '../../shared/errors';
import { EmptyHint, ErrorBox, Loading } from '../../shared/ui';
import { percent } from '../../shared/format';
import Chart, { type ChartOption } from '../../shared/Chart';
import { Crumbs } from '../crumbs';
import { CloseSurveyDoc, RecordVisitDoc, SatisfactionByCategoryDoc, SurveyDoc } from '../operations';
import { PrintVisitSheetButton } from '../print-buttons';
import type { ConsoleSurveyQuery } from '../gql/graphql';

type SurveyData = NonNullable<ConsoleSurveyQuery['survey']>;

/** One survey: results with charts, quick household-visit entry, and closing (which freezes results). */
export default function SurveyDetail() {
  const { id = '' } = useParams();
  const { t, L, lang } = useLang();
  const { message, modal } = App.useApp();
  const [{ data, fetching, error }, refetch] = useQuery({ query: SurveyDoc, variables: { id } });
  const [, closeSurvey] = useMutation(CloseSurveyDoc);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const survey = data?.survey;

  if (fetching && !data) return <Loading />;
  if (!survey)
    return (
      <>
        <ErrorBox error={error} onRetry={reload} />
        <Card><EmptyHint title={t('没有找到这份问卷', 'Survey not found')} action={<Link to="/evaluation">{t('返回成效评估', 'Back')}</Link>} /></Card>
      </>
    );

  const close = () =>
    modal.confirm({
      title: t('结束问卷？', 'Close the survey?'),
      content: t('结束后结果定稿，不再接受答卷，项目状态变为「已评估」。', 'Results are frozen, no more answers are taken, and the project becomes Evaluated.'),
      okText: t('结束问卷', 'Close'),
      cancelText: t('取消', 'Cancel'),
      onOk: async () => {
        const r = await closeSurvey({ surveyId: survey.id });
        if (r.error) message.error(refusalText(r.error, lang));
        else {
          message.success(t('问卷已结束，结果已定稿', 'Closed; results frozen'));
          reload();
        }
      },
    });

  return (
    <>
      <Crumbs
        trail={[
          { to: '/evaluation', label: t('成效评估', 'Evaluation') },
          { to: `/projects/${survey.project.id}`, label: survey.project.title },
        ]}
        current={t('问卷', 'Survey')}
      />
      <div className="gr-page-head">
        <h2>
          {t('问卷', 'Survey')}：<Link to={`/projects/${survey.project.id}`}>{survey.project.title}</Link>
        </h2>
        <Tag>{L('SurveyMethod', survey.method)}</Tag>
        <Tag color={survey.open ? 'green' : 'default'} data-testid="survey-state">{survey.open ? t('进行中', 'Open') : t('已结束', 'Closed')}</Tag>
        <Button onClick={reload}>{t('刷新', 'Refresh')}</Button>
        <PrintVisitSheetButton surveyId={survey.id} />
        {survey.open && (
          <Button danger type="primary" onClick={close} data-testid="close-survey">
            {t('结束问卷', 'Close survey')}
          </Button>
        )}
      </div>
      <Tabs
        items={[
          { key: 'results', label: t('结果', 'Results'), children: <Results survey={survey} /> },
          ...(survey.open ? [{ key: 'visit', label: t('入户访问录入', 'Household visits'), children: <VisitRecorder survey={survey} onRecorded={reload} /> }] : []),
        ]}
      />
    </>
  );
}

function Results({ survey }: { survey: SurveyData }) {
  const { t, L } = useLang();
  const ev = survey.project.evaluation;
  const [{ data: catData }] = useQuery({ query: SatisfactionByCategoryDoc, variables: { zoneId: survey.project.zone.id }, requestPolicy: 'cache-and-network' });
  const cats = catData?.satisfactionByCategory ?? [];
  const responses = ev?.responseCount ?? survey.responseCount;

  const radar = useMemo<ChartOption>(() => {
    const dims = ev?.dimensions ?? [];
    return {
      tooltip: {},
      radar: { indicator: dims.map((d) => ({ name: L('Dimension', d.dimension), max: 5 })), radius: '65%' },
      series: [{ type: 'radar', areaStyle: { opacity: 0.2 }, data: [{ value: dims.map((d) => Number(d.mean.toFixed(2))), name: t('平均分', 'Mean score') }] }],
      color: ['#c8102e'],
    };
  }, [ev, L, t]);

  const target = useMemo<ChartOption>(
    () => ({
      tooltip: {},
      grid: { left: 80, right: 30, top: 20, bottom: 30 },
      xAxis: { type: 'value', max: Math.max(survey.targetResponses, responses) },
      yAxis: { type: 'category', data: [t('答卷', 'Responses')] },
      series: [
        {
          type: 'bar',
          data: [responses],
          barWidth: 28,
          itemStyle: { color: responses >= survey.targetResponses ? '#52c41a' : '#d4a017' },
          label: { show: true, position: 'right', formatter: `${responses} / ${survey.targetResponses}` },
          markLine: { symbol: 'none', data: [{ xAxis: survey.targetResponses, name: t('目标', 'Target') }], lineStyle: { color: '#c8102e', type: 'dashed' }, label: { formatter: t('目标', 'Target') } },
        },
      ],
    }),
    [responses, survey.targetResponses, t],
  );

  const byCategory = useMemo<ChartOption>(
    () => ({
      tooltip: { valueFormatter: (v: number) => `${v}%` },
      grid: { left: 110, right: 40, top: 10, bottom: 30 },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: cats.map((c) => L('NeedCategory', c.category)) },
      series: [{ type: 'bar', data: cats.map((c) => Number((c.satisfactionRate * 100).toFixed(1))), itemStyle: { color: '#c8102e' }, label: { show: true, position: 'right', formatter: '{c}%' } }],
    }),
    [cats, L],
  );

  return (
    <>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}><Card><Statistic title={t('满意度', 'Satisfaction')} value={ev ? percent(ev.satisfactionRate) : '—'} /></Card></Col>
        <Col xs={12} md={6}><Card><Statistic title={t('95% 置信区间', '95% interval')} value={ev ? `${percent(ev.satisfactionInterval.low, 0)} – ${percent(ev.satisfactionInterval.high, 0)}` : '—'} /></Card></Col>
        <Col xs={12} md={6}><Card><Statistic title={t('综合指数', 'Index score')} value={ev ? ev.indexScore.toFixed(2) : '—'} suffix="/ 5" /></Card></Col>
        <Col xs={12} md={6}><Card><Statistic title={t('答卷 / 目标', 'Responses / target')} value={`${responses} / ${survey.targetResponses}`} /></Card></Col>
      </Row>
      {ev?.belowTarget && responses > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t(
            `样本量不足：已收 ${responses} 份，目标 ${survey.targetResponses} 份。满意度仅供参考，请继续收集或入户访问补充。`,
            `Below target: ${responses} of ${survey.targetResponses} responses. Treat the rate with caution; collect more or record visits.`,
          )}
        />
      ) : null}
      {responses === 0 ? (
        <Card>
          <EmptyHint
            title={t('还没有答卷', 'No responses yet')}
            hint={t('居民可在居民端「问卷评价」中作答；入户访问的答卷请在「入户访问录入」中录入。', 'Residents answer in the portal; record household visits in the Visits tab.')}
          />
        </Card>
      ) : (
        <div className="gr-charts">
          <Card title={t('各维度平均分（雷达）', 'Dimensions (radar)')}><Chart option={radar} label={t('各维度平均分', 'Dimension means')} /></Card>
          <Card title={t('答卷数与目标', 'Responses against target')}><Chart option={target} height={160} label={t('答卷数与目标', 'Responses vs target')} /></Card>
          <Card title={t('各类项目满意度（片区）', 'Satisfaction per category (zone)')}>
            {cats.length ? <Chart option={byCategory} label={t('各类项目满意度', 'Satisfaction per category')} /> : <div className="gr-muted">{t('暂无已定稿的分类数据', 'No frozen category results yet')}</div>}
          </Card>
        </div>
      )}
    </>
  );
}

/**
 * Household-visit entry for speed: type the phone, Enter; then 1–5 answers the current question
 * and moves on, Backspace goes back, Enter records and starts the next visit.
 */
function VisitRecorder({ survey, onRecorded }: { survey: SurveyData; onRecorded: () => void }) {
  const { t, L, lang } = useLang();
  const { message } = App.useApp();
  const [phone, setPhone] = useState('');
  const [phoneError, setPhoneError] = useState<string | null>(null);
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [current, setCurrent] = useState(0);
  const [formError, setFormError] = useState<string | null>(null);
  const [recorded, setRecorded] = useState(0);
  const phoneRef = useRef<InputRef>(null);
  const scorerRef = useRef<HTMLDivElement>(null);
  const [state, record] = useMutation(RecordVisitDoc);
  const qs = survey.questions;
  const complete = qs.every((q) => answers[q.id]);

  const toScorer = () => {
    if (!/^1\d{10}$/.test(phone.trim())) {
      setPhoneError(t('请输入受访者11位手机号', 'Enter the respondent’s 11-digit phone'));
      return;
    }
    setPhoneError(null);
    scorerRef.current?.focus();
  };

  const submit = async () => {
    if (!/^1\d{10}$/.test(phone.trim())) {
      setPhoneError(t('请输入受访者11位手机号', 'Enter the respondent’s 11-digit phone'));
      phoneRef.current?.focus();
      return;
    }
    if (!complete) {
      setFormError(t('还有题目未打分', 'Some questions are not scored yet'));
      setCurrent(qs.findIndex((q) => !answers[q.id]));
      scorerRef.current?.focus();
      return;
    }
    setFormError(null);
    const r = await record({ surveyId: survey.id, respondentPhone: phone.trim(), answers: qs.map((q) => ({ questionId: q.id, score: answers[q.id] })) });
    if (r.error) {
      const list = refusals(r.error, lang);
      const onPhone = list.filter((x) => x.field === 'respondentPhone' || x.code === 'CONFLICT');
      if (onPhone.length)
        setPhoneError(list.some((x) => x.code === 'CONFLICT') ? t('该受访者已经答过这份问卷', 'This person has already answered') : onPhone[0].message);
      const rest = list.filter((x) => !onPhone.includes(x));
      if (rest.length) setFormError(rest.map((x) => x.message).join('；'));
      return;
    }
    message.success(t('已录入一份答卷', 'Response recorded'));
    setRecorded((n) => n + 1);
    setAnswers({});
    setCurrent(0);
    setPhone('');
    onRecorded();
    phoneRef.current?.focus();
  };

  const onKey = (e: React.KeyboardEvent) => {
    if (/^[1-5]$/.test(e.key)) {
      e.preventDefault();
      const q = qs[current];
      if (!q) return;
      setAnswers((a) => ({ ...a, [q.id]: Number(e.key) }));
      setCurrent((c) => Math.min(c + 1, qs.length - 1));
      setFormError(null);
    } else if (e.key === 'Backspace' || e.key === 'ArrowUp') {
      e.preventDefault();
      setCurrent((c) => Math.max(0, c - 1));
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      setCurrent((c) => Math.min(qs.length - 1, c + 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      void submit();
    }
  };

  return (
    <Card style={{ maxWidth: 900 }}>
      <div className="gr-muted" style={{ marginBottom: 12 }}>
        {t('键盘录入：', 'Keyboard: ')}
        <span className="gr-kbd">Enter</span> {t('确认手机号', 'confirm phone')} ·{' '}
        <span className="gr-kbd">1</span>–<span className="gr-kbd">5</span> {t('打分并跳到下一题', 'score and go on')} ·{' '}
        <span className="gr-kbd">Backspace</span> {t('上一题', 'previous')} · <span className="gr-kbd">Enter</span> {t('提交', 'record')}
        <span style={{ float: 'right' }}>{t(`本次已录入 ${recorded} 份`, `${recorded} recorded now`)}</span>
      </div>
      <div style={{ marginBottom: 12 }}>
        <Space.Compact style={{ width: 360 }}>
          <Input
            ref={phoneRef}
            autoFocus
            value={phone}
            maxLength={11}
            inputMode="numeric"
            status={phoneError ? 'error' : undefined}
            placeholder={t('受访者手机号', 'Respondent phone')}
            onChange={(e) => {
              setPhone(e.target.value.replace(/\D/g, ''));
              setPhoneError(null);
            }}
            onPressEnter={toScorer}
            data-testid="visit-phone"
          />
          <Button onClick={toScorer}>{t('开始打分', 'Score')}</Button>
        </Space.Compact>
        {phoneError && <div style={{ color: '#ff4d4f', fontSize: 12, marginTop: 4 }} data-testid="visit-phone-error">{phoneError}</div>}
      </div>
      <div ref={scorerRef} tabIndex={0} onKeyDown={onKey} role="group" aria-label={t('打分区', 'Scoring')} style={{ outline: 'none', border: '1px dashed #ddd', borderRadius: 8, padding: 8 }} data-testid="visit-scorer">
        {qs.map((q, i) => (
          <div key={q.id} className={`gr-visit-q${i === current ? ' active' : ''}`} onClick={() => setCurrent(i)}>
            <span style={{ width: 20 }}>{i + 1}.</span>
            <span className="text">
              {q.text} <span className="gr-muted">（{L('Dimension', q.dimension)}）</span>
            </span>
            <Space.Compact>
              {[1, 2, 3, 4, 5].map((s) => (
                <Button
                  key={s}
                  size="small"
                  tabIndex={-1}
                  type={answers[q.id] === s ? 'primary' : 'default'}
                  onClick={(e) => {
                    e.stopPropagation();
                    setAnswers((a) => ({ ...a, [q.id]: s }));
                    setCurrent(Math.min(i + 1, qs.length - 1));
                    scorerRef.current?.focus();
                  }}
                >
                  {s}
                </Button>
              ))}
            </Space.Compact>
          </div>
        ))}
      </div>
      {formError && <div style={{ color: '#ff4d4f', marginTop: 8 }}>{formError}</div>}
      <Button type="primary" style={{ marginTop: 12 }} onClick={submit} loading={state.fetching} disabled={!phone} data-testid="visit-submit">
        {t('录入这份答卷（Enter）', 'Record (Enter)')}
      </Button>
    </Card>
  );
}
