import { lazy, Suspense, useMemo, useState } from 'react';
import { Card, Col, Descriptions, InputNumber, Row, Space, Table, Tag } from 'antd';
import { TrophyFilled } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useQuery } from 'urql';
import { useLang } from '../../shared/i18n';
import { useZone } from '../../shared/session';
import { percent, yuan } from '../../shared/format';
import { EmptyHint, ErrorBox, Loading } from '../../shared/ui';
import type { ChartOption } from '../../shared/Chart';
import { ScorecardsDoc } from './operations';

const Chart = lazy(() => import('../../shared/Chart'));

/** 年度考核: member units ranked by a score from documented weights, with each unit's figures. */
export default function Scorecards() {
  const { t, lang } = useLang();
  const { zone } = useZone();
  const [year, setYear] = useState(dayjs().year());
  const [{ data, fetching, error }, refetch] = useQuery({ query: ScorecardsDoc, variables: { zoneId: zone?.id ?? '', year }, pause: !zone });
  const rows = data?.unitScorecards ?? [];
  const weights = data?.scorecardWeights ?? [];

  const chart = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 140, right: 24, top: 8, bottom: 24 },
      xAxis: { type: 'value', max: 100 },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.unit.name) },
      series: [{ type: 'bar', data: rows.map((r) => r.score), itemStyle: { color: '#c8102e' }, label: { show: true, position: 'right' } }],
    }),
    [rows],
  );

  if (!zone) return null;
  return (
    <>
      <div className="gr-page-head">
        <h2>{t('年度考核', 'Yearly scorecard')}</h2>
        <Space>
          <span>{t('年度', 'Year')}</span>
          <InputNumber value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} aria-label={t('年度', 'Year')} data-testid="scorecard-year" />
        </Space>
      </div>
      <ErrorBox error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      {fetching && !data ? (
        <Loading />
      ) : rows.length === 0 ? (
        <Card>
          <EmptyHint title={t('本年度暂无成员单位', 'No member unit this year')} />
        </Card>
      ) : (
        <Row gutter={[12, 12]}>
          <Col xs={24} xl={16}>
            <Card size="small" title={t(`${year} 年度成员单位排名`, `Member units, ${year}`)}>
              <Table
                size="small"
                rowKey={(r) => r.unit.id}
                pagination={false}
                dataSource={rows}
                data-testid="scorecard-table"
                expandable={{
                  expandedRowRender: (r) => (
                    <Descriptions size="small" column={{ xs: 1, md: 3 }} data-testid="scorecard-detail">
                      <Descriptions.Item label={t('认领', 'Claims')}>{r.claims}</Descriptions.Item>
                      <Descriptions.Item label={t('完成', 'Completed')}>{r.completed}</Descriptions.Item>
                      <Descriptions.Item label={t('按期完成', 'On time')}>{r.completedOnTime}</Descriptions.Item>
                      <Descriptions.Item label={t('退出认领', 'Released')}>{r.released}</Descriptions.Item>
                      <Descriptions.Item label={t('满意率', 'Satisfaction')}>{r.satisfactionRate === null ? t('暂无评估', 'not evaluated') : percent(r.satisfactionRate)}</Descriptions.Item>
                      <Descriptions.Item label={t('投入资金', 'Funds spent')}>{yuan(r.fundsSpentFen)}</Descriptions.Item>
                      <Descriptions.Item label={t('受益人数', 'Beneficiaries')}>{r.beneficiaries}</Descriptions.Item>
                      <Descriptions.Item label={t('志愿者', 'Volunteers')}>{r.volunteers}</Descriptions.Item>
                      <Descriptions.Item label={t('点亮心愿', 'Wishes lit')}>{r.wishesLit}</Descriptions.Item>
                    </Descriptions>
                  ),
                }}
                columns={[
                  {
                    title: t('名次', 'Rank'),
                    width: 72,
                    render: (_, r) => (
                      <span data-testid="scorecard-rank">
                        {r.rank <= 3 && r.score > 0 && <TrophyFilled style={{ color: ['#d4a017', '#8c8c8c', '#cd7f32'][r.rank - 1] }} />} {r.rank}
                      </span>
                    ),
                  },
                  { title: t('成员单位', 'Unit'), render: (_, r) => r.unit.name },
                  { title: t('得分', 'Score'), width: 80, render: (_, r) => <b data-testid="scorecard-score">{r.score}</b> },
                  { title: t('完成/认领', 'Done/claims'), width: 110, render: (_, r) => `${r.completed}/${r.claims}` },
                  { title: t('满意率', 'Satisfaction'), width: 100, render: (_, r) => (r.satisfactionRate === null ? '—' : percent(r.satisfactionRate)) },
                  { title: t('受益人数', 'Beneficiaries'), width: 100, dataIndex: 'beneficiaries' },
                ]}
              />
            </Card>
          </Col>
          <Col xs={24} xl={8}>
            <Card size="small" title={t('评分办法', 'How the score is made')} data-testid="scorecard-weights">
              <Table
                size="small"
                pagination={false}
                rowKey="key"
                dataSource={weights}
                columns={[
                  { title: t('指标', 'Part'), render: (_, w) => (lang === 'zh' ? w.label : w.labelEn) },
                  { title: t('权重', 'Weight'), width: 72, render: (_, w) => <Tag color={w.weight < 0 ? 'red' : 'blue'}>{Math.round(w.weight * 100)}</Tag> },
                  { title: t('计算方法', 'Measured as'), dataIndex: 'how' },
                ]}
              />
              <p className="gr-muted" style={{ marginTop: 8 }}>
                {t('得分 = 100 × Σ 权重 × 指标（0–1），不低于 0；得分相同者名次相同。', 'Score = 100 × Σ weight × part (0–1), never below 0; equal scores share a rank.')}
              </p>
            </Card>
          </Col>
          <Col span={24}>
            <Card size="small" title={t('得分对比', 'Scores')}>
              <Suspense fallback={<Loading />}>
                <Chart option={chart} height={Math.max(200, rows.length * 32)} label={t('成员单位得分', 'Unit scores')} />
              </Suspense>
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}
