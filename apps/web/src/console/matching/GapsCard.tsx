import { useMemo } from 'react';
import { Card } from 'antd';
import { useQuery } from 'urql';
import { useLang } from '../../shared/i18n';
import Chart, { type ChartOption } from '../../shared/Chart';
import { ErrorBox } from '../../shared/ui';
import { MatchingGapsDoc } from './operations';
import { MatchingHelp } from './reasons';

/** 供需缺口: open demand per category against the units able to serve it — where to recruit. */
export function GapsCard({ zoneId }: { zoneId: string }) {
  const { t, L } = useLang();
  const [{ data, error }, refetch] = useQuery({ query: MatchingGapsDoc, variables: { zoneId }, requestPolicy: 'cache-and-network' });
  const option = useMemo<ChartOption | null>(() => {
    if (!data) return null;
    const gaps = data.matchingGaps;
    return {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 110, right: 30, top: 10, bottom: 50 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: gaps.map((g) => L('NeedCategory', g.category)) },
      series: [
        { name: t('待立项需求', 'Open needs'), type: 'bar', data: gaps.map((g) => g.openNeeds), itemStyle: { color: '#c8102e' }, label: { show: true, position: 'right' } },
        { name: t('能服务的单位', 'Capable units'), type: 'bar', data: gaps.map((g) => g.capableUnits), itemStyle: { color: '#1677ff' }, label: { show: true, position: 'right' } },
      ],
    } as ChartOption;
  }, [data, L, t]);
  const short = (data?.matchingGaps ?? []).filter((g) => g.openNeeds > 0 && g.capableUnits === 0).map((g) => L('NeedCategory', g.category));
  return (
    <Card title={t('供需缺口（需招募的类别）', 'Matching gaps (where to recruit)')} extra={<MatchingHelp />} style={{ marginTop: 16 }} data-testid="gaps-chart">
      <ErrorBox error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      {option && <Chart option={option} label={t('供需缺口', 'Matching gaps')} />}
      {short.length > 0 && (
        <div className="gr-muted" data-testid="gaps-short">
          {t(`以下类别有需求但还没有能服务的单位：${short.join('、')}`, `Demand with no capable unit yet: ${short.join(', ')}`)}
        </div>
      )}
    </Card>
  );
}
