import { Empty, List, Space } from 'antd';
import { useQuery } from 'urql';
import { useLang } from '../../shared/i18n';
import { ErrorBox } from '../../shared/ui';
import { SuggestUnitsForNeedDoc } from './operations';
import { MatchingHelp, UnitMatchMeta } from './reasons';

/**
 * 推荐单位 on a micro-wish or golden idea (staff, before a project exists): the units that fit it,
 * each with its reasons. Inviting to claim belongs to projects (the API has no invitation for a
 * need): staff draft the project from the menu, then invite from its page.
 */
export function NeedSuggestions({ needId }: { needId: string }) {
  const { t } = useLang();
  const [{ data, error, fetching }, refetch] = useQuery({ query: SuggestUnitsForNeedDoc, variables: { needId }, requestPolicy: 'cache-and-network' });
  // only the zone's staff may ask: for anyone else the section is simply not there
  if (error?.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN')) return null;
  return (
    <div style={{ margin: '16px 0' }} data-testid="need-suggested-units">
      <Space style={{ marginBottom: 6 }}>
        <b>{t('推荐单位', 'Suggested units')}</b>
        <MatchingHelp />
      </Space>
      <div className="gr-muted" style={{ marginBottom: 6 }}>
        {t('纳入项目后可在项目页一键邀请认领', 'Once in a project, invite them to claim from its page')}
      </div>
      <ErrorBox error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      <List
        size="small"
        loading={fetching && !data}
        dataSource={data?.suggestUnitsForNeed ?? []}
        locale={{ emptyText: <Empty description={t('暂无可推荐的单位', 'No unit to suggest')} /> }}
        renderItem={(m) => (
          <List.Item data-testid="need-suggested-unit">
            <UnitMatchMeta match={m} />
          </List.Item>
        )}
      />
    </div>
  );
}
