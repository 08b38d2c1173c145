import { lazy, Suspense, useMemo } from 'react';
import { Card, Col, Row, Statistic, Table, Tooltip } from 'antd';
import { useQuery } from 'urql';
import { NEED_CATEGORIES } from '@glossary';
import { useLang } from '../../shared/i18n';
import { useZone } from '../../shared/session';
import { EmptyHint, ErrorBox, Loading } from '../../shared/ui';
import type { ChartOption } from '../../shared/Chart';
import type { NeedCategory } from '../gql/graphql';
import { ClassifierReportDoc } from './operations';

const Chart = lazy(() => import('../../shared/Chart'));

/**
 * 分类准确率: how often the suggested category matched what staff decided (accept, merge) over the
 * zone's last 500 decisions — first suggestion, one of the first two — the agreement per
 * decided category as a chart, and the confusion matrix.
 */
export default function ClassifierAccuracy() {
  const { t, L } = useLang();
  const { zone } = useZone();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ClassifierReportDoc, variables: { zoneId: zone?.id ?? '' }, pause: !zone, requestPolicy: 'cache-and-network' });
  const report = data?.classifierReport;
  const cells = report?.confusion ?? [];
  const count = (suggested: NeedCategory, decided: NeedCategory) => cells.find((c) => c.suggested === suggested && c.decided === decided)?.count ?? 0;
  const categories = NEED_CATEGORIES as readonly NeedCategory[];

  const chart = useMemo<ChartOption>(() => {
    const agreed = categories.map((c) => cells.filter((x) => x.decided === c && x.suggested === c).reduce((a, x) => a + x.count, 0));
    const other = categories.map((c) => cells.filter((x) => x.decided === c && x.suggested !== c).reduce((a, x) => a + x.count, 0));
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 110, right: 24, top: 32, bottom: 24 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: categories.map((c) => L('NeedCategory', c)) },
      series: [
        { name: t('建议与决定一致', 'Suggestion matched'), type: 'bar', stack: 'n', data: agreed, itemStyle: { color: '#52c41a' } },
        { name: t('工作人员改了分类', 'Staff chose another'), type: 'bar', stack: 'n', data: other, itemStyle: { color: '#faad14' } },
      ],
    };
  }, [cells, categories, L, t]);

  if (!zone) return null;
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const max = Math.max(1, ...cells.map((c) => c.count));
  return (
    <>
      <div className="gr-page-head">
        <h2>{t('分类准确率', 'Classification accuracy')}</h2>
        <span className="gr-muted">{t('最近 500 次审核决定（纳入菜单、合并）', 'The last 500 staff decisions (accept, merge)')}</span>
      </div>
      <ErrorBox error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      {fetching && !report ? (
        <Loading />
      ) : !report || report.decisions === 0 ? (
        <Card>
          <EmptyHint
            title={t('还没有审核决定', 'No decisions yet')}
            hint={t('在「需求审核」中纳入或合并需求后，这里会显示系统建议与您的决定一致的比例。', 'Once needs are accepted or merged in the review queue, this page shows how often the suggestion matched.')}
          />
        </Card>
      ) : (
        <Row gutter={[12, 12]}>
          <Col xs={24} md={8}>
            <Card size="small">
              <Statistic title={t('计入的审核决定', 'Decisions counted')} value={report.decisions} data-testid="classifier-decisions" />
            </Card>
          </Col>
          <Col xs={24} md={8}>
            <Card size="small">
              <Tooltip title={t('工作人员选择了第一建议的比例', 'Share where staff chose the first suggestion')}>
                <Statistic title={t('第一建议命中率', 'First suggestion right')} value={pct(report.top1Rate)} data-testid="classifier-top1" />
              </Tooltip>
            </Card>
          </Col>
          <Col xs={24} md={8}>
            <Card size="small">
              <Tooltip title={t('工作人员选择了前两个建议之一的比例', 'Share where staff chose one of the first two')}>
                <Statistic title={t('前两个建议命中率', 'In the first two')} value={pct(report.top2Rate)} data-testid="classifier-top2" />
              </Tooltip>
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card size="small" title={t('各分类的建议与决定', 'Suggestion against decision, per decided category')}>
              <Suspense fallback={<Loading />}>
                <Chart option={chart} height={300} label={t('各分类的建议与决定', 'Suggestion against decision per category')} />
              </Suspense>
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card size="small" title={t('混淆矩阵（行：系统建议，列：工作人员决定）', 'Confusion matrix (rows: suggested, columns: decided)')}>
              <Table
                size="small"
                pagination={false}
                scroll={{ x: true }}
                rowKey="category"
                data-testid="confusion-matrix"
                dataSource={categories.map((c) => ({ category: c }))}
                columns={[
                  { title: t('建议 \\ 决定', 'suggested \\ decided'), dataIndex: 'category', render: (c: NeedCategory) => <b>{L('NeedCategory', c)}</b>, fixed: 'left' },
                  ...categories.map((d) => ({
                    title: L('NeedCategory', d).replace(/^社会|^社区/, ''),
                    key: d,
                    align: 'center' as const,
                    render: (_: unknown, row: { category: NeedCategory }) => {
                      const n = count(row.category, d);
                      const alpha = n ? 0.15 + (0.6 * n) / max : 0;
                      const color = row.category === d ? `rgba(82,196,26,${alpha})` : `rgba(250,140,22,${alpha})`;
                      return (
                        <div style={{ background: color, borderRadius: 4, padding: '2px 0' }} title={`${L('NeedCategory', row.category)} → ${L('NeedCategory', d)}: ${n}`}>
                          {n || ''}
                        </div>
                      );
                    },
                  })),
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}
