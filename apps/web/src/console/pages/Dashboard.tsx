import { OverdueCard } from '../year/year-ui';
import { useMemo, useState } from 'react';
import { Alert, Card, DatePicker, Segmented, Space, Statistic, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQuery } from 'urql';
import { useLang } from '../../shared/i18n';
import { useZone } from '../../shared/session';
import { EmptyHint, ErrorBox, Loading } from '../../shared/ui';
import { percent, yuan } from '../../shared/format';
import Chart, { type ChartOption } from '../../shared/Chart';
import { ZoneStatsDoc } from '../operations';
import { GapsCard } from '../matching/GapsCard';
import { ExportButton } from '../export-button';

type Preset = 'all' | 'month' | 'quarter' | 'year' | 'custom';

function presetRange(p: Preset): [Dayjs, Dayjs] | null {
  const now = dayjs();
  if (p === 'month') return [now.startOf('month'), now.endOf('day')];
  if (p === 'quarter') return [now.month(Math.floor(now.month() / 3) * 3).startOf('month'), now.endOf('day')];
  if (p === 'year') return [now.startOf('year'), now.endOf('day')];
  return null;
}

/** The zone dashboard: every zoneStats figure for a period, with charts and the Excel export. */
export default function Dashboard() {
  const { t, L, lang } = useLang();
  const { zone } = useZone();
  const [preset, setPreset] = useState<Preset>('all');
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const period = preset === 'custom' ? range : presetRange(preset);
  // 自定义 without dates is not "all time": ask for the dates and show no figures until then
  const needsDates = preset === 'custom' && !range;
  const variables = {
    zoneId: zone?.id ?? '',
    from: period ? period[0].startOf('day').toISOString() : null,
    to: period ? period[1].endOf('day').toISOString() : null,
  };
  const [{ data, fetching, error }, refetch] = useQuery({ query: ZoneStatsDoc, variables, pause: !zone || needsDates, requestPolicy: 'cache-and-network' });
  const s = needsDates ? undefined : data?.zoneStats;

  const needsTotal = s?.needsByCategory.reduce((a, c) => a + c.count, 0) ?? 0;
  const projectsTotal = s?.projectsByStatus.reduce((a, c) => a + c.count, 0) ?? 0;
  const responses = s?.satisfactionByCategory.reduce((a, c) => a + c.responses, 0) ?? 0;
  const overallSatisfaction = responses
    ? s!.satisfactionByCategory.reduce((a, c) => a + c.satisfactionRate * c.responses, 0) / responses
    : null;

  const charts = useMemo(() => {
    if (!s) return null;
    const bar = (names: string[], values: number[], color: string, fmt?: string): ChartOption => ({
      tooltip: {},
      grid: { left: 110, right: 40, top: 10, bottom: 30 },
      xAxis: { type: 'value', minInterval: 1, ...(fmt ? { max: 100, axisLabel: { formatter: fmt } } : {}) },
      yAxis: { type: 'category', data: names },
      series: [{ type: 'bar', data: values, itemStyle: { color }, label: { show: true, position: 'right', formatter: fmt ? '{c}%' : '{c}' } }],
    });
    return {
      byCategory: bar(s.needsByCategory.map((c) => L('NeedCategory', c.category)), s.needsByCategory.map((c) => c.count), '#c8102e'),
      byChannel: {
        tooltip: { trigger: 'item' },
        legend: { bottom: 0 },
        series: [{ type: 'pie', radius: ['40%', '68%'], data: s.needsByChannel.map((c) => ({ name: L('NeedChannel', c.channel), value: c.count })), label: { formatter: '{b}: {c}' } }],
      } as ChartOption,
      byStatus: bar(s.projectsByStatus.map((c) => L('ProjectStatus', c.status)), s.projectsByStatus.map((c) => c.count), '#d4a017'),
      satisfaction: bar(
        s.satisfactionByCategory.map((c) => L('NeedCategory', c.category)),
        s.satisfactionByCategory.map((c) => Number((c.satisfactionRate * 100).toFixed(1))),
        '#389e0d',
        '{value}%',
      ),
    };
  }, [s, L]);

  return (
    <>
      <div className="gr-page-head">
        <h2>{t('片区看板', 'Zone dashboard')}{zone ? ` · ${zone.name}` : ''}</h2>
        <Space wrap>
          <Segmented
            value={preset}
            onChange={(v) => setPreset(v as Preset)}
            options={[
              { value: 'all', label: t('全部', 'All time') },
              { value: 'month', label: t('本月', 'This month') },
              { value: 'quarter', label: t('本季度', 'This quarter') },
              { value: 'year', label: t('本年', 'This year') },
              { value: 'custom', label: t('自定义', 'Custom') },
            ]}
            data-testid="period-preset"
          />
          {preset === 'custom' && (
            <DatePicker.RangePicker value={range} onChange={(v) => setRange(v && v[0] && v[1] ? [v[0], v[1]] : null)} allowClear aria-label={t('统计区间', 'Period')} />
          )}
          {zone && (
            <ExportButton
              path={`/exports/zones/${encodeURIComponent(zone.id)}/report.xlsx`}
              params={{ from: variables.from, to: variables.to }}
              filename={`${zone.name}-${t('区域化党建报表', 'report')}`}
              testId="export-xlsx"
              label={t('导出 Excel 报表', 'Export to Excel')}
              disabled={needsDates}
            />
          )}
        </Space>
      </div>
      <OverdueCard />
      {needsDates && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="period-needs-dates"
          title={t('请选择自定义时段的开始和结束日期', 'Choose the start and end dates of the custom period')}
          description={t('选好日期后显示该时段的数据；要看全部数据请选「全部」。', 'The figures for the period appear once both dates are chosen; pick "All time" to see everything.')}
        />
      )}
      <ErrorBox error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      {needsDates ? null : !s ? (
        fetching || !zone ? <Loading /> : null
      ) : (
        <>
          <div className="gr-stat-grid" data-testid="stats">
            <Card><Statistic title={t('收到需求', 'Needs received')} value={needsTotal} /></Card>
            <Card><Statistic title={t('项目总数', 'Projects')} value={projectsTotal} /></Card>
            <Card><Statistic title={t('参与成员单位', 'Units taking part')} value={s.unitsTakingPart} /></Card>
            <Card><Statistic title={t('参与党员', 'Party members taking part')} value={s.partyMembersTakingPart} /></Card>
            <Card><Statistic title={t('受益居民与白领', 'People benefited')} value={s.beneficiaries} /></Card>
            <Card><Statistic title={t('承诺资金', 'Funds pledged')} value={yuan(s.fundsPledgedFen)} /></Card>
            <Card><Statistic title={t('已用资金', 'Funds spent')} value={yuan(s.fundsSpentFen)} /></Card>
            <Card data-testid="satisfaction-figure">
              <Statistic title={t(`群众满意度（${responses} 份答卷）`, `Satisfaction (${responses} responses)`)} value={overallSatisfaction == null ? '—' : percent(overallSatisfaction)} styles={{ content: { color: '#389e0d' } }} />
            </Card>
          </div>
          {needsTotal === 0 && projectsTotal === 0 ? (
            <Card>
              <EmptyHint title={t('该时段内还没有数据', 'No data in this period')} hint={t('换个时间段，或等待居民提交需求。', 'Pick another period, or wait for residents to submit needs.')} />
            </Card>
          ) : (
            charts && (
              <div className="gr-charts">
                <Card title={t('需求分类', 'Needs by category')}><Chart option={charts.byCategory} label={t('需求分类', 'Needs by category')} /></Card>
                <Card title={t('需求渠道', 'Needs by channel')}><Chart option={charts.byChannel} label={t('需求渠道', 'Needs by channel')} /></Card>
                <Card title={t('项目状态', 'Projects by status')}><Chart option={charts.byStatus} label={t('项目状态', 'Projects by status')} /></Card>
                <Card title={t('各类项目满意度', 'Satisfaction per category')}>
                  {s.satisfactionByCategory.length ? (
                    <Chart option={charts.satisfaction} label={t('各类项目满意度', 'Satisfaction per category')} />
                  ) : (
                    <EmptyHint title={t('还没有结束的问卷', 'No closed survey yet')} hint={t('问卷结束后，这里显示各类项目的满意度。', 'Closed surveys fill this chart.')} />
                  )}
                </Card>
              </div>
            )
          )}
          {s.satisfactionByCategory.length > 0 && (
            <Card title={t('满意度明细', 'Satisfaction details')} style={{ marginTop: 16 }}>
              <Table
                size="small"
                rowKey="category"
                pagination={false}
                dataSource={s.satisfactionByCategory}
                columns={[
                  { title: t('分类', 'Category'), render: (_, c) => L('NeedCategory', c.category) },
                  { title: t('项目数', 'Projects'), dataIndex: 'projects' },
                  { title: t('答卷数', 'Responses'), dataIndex: 'responses' },
                  { title: t('满意度', 'Satisfaction'), render: (_, c) => percent(c.satisfactionRate) },
                ]}
              />
            </Card>
          )}
          {zone && <GapsCard zoneId={zone.id} />}
          <div className="gr-muted" style={{ marginTop: 12 }}>
            {lang === 'zh' ? '统计口径：' : 'Definitions: '}
            {t('资金与受益人数为各认领单位最新一次进度上报之和；参与党员为报名的党员志愿者。', 'Funds and beneficiaries sum each unit’s latest report; party members are volunteers who are party members.')}
          </div>
        </>
      )}
    </>
  );
}
