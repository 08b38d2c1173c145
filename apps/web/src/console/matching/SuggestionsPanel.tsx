import { App, Button, Card, Empty, List, Space, Tag } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useLang } from '../../shared/i18n';
import { refusalText } from '../../shared/errors';
import { ErrorBox } from '../../shared/ui';
import { InviteUnitDoc, SuggestUnitsDoc } from './operations';
import { MatchingHelp, Reasons, ScoreTag, UnitMatchMeta } from './reasons';

/**
 * 推荐认领单位 on a project page (staff): units ranked with reasons, one click invites one to claim
 * (its admins are told; the timeline records it) where the server lists `invite` for that unit. Also the people whose 亮意愿 / 亮特长 fit.
 */
export function SuggestionsPanel({ projectId, onInvited }: { projectId: string; onInvited: () => void }) {
  const { t, lang } = useLang();
  const { message } = App.useApp();
  const [{ data, error, fetching }, refetch] = useQuery({ query: SuggestUnitsDoc, variables: { projectId }, requestPolicy: 'cache-and-network' });
  const [invite, doInvite] = useMutation(InviteUnitDoc);
  const send = async (unitId: string, name: string) => {
    const r = await doInvite({ projectId, unitId });
    if (r.error) message.error(refusalText(r.error, lang));
    else {
      message.success(t(`已邀请${name}认领`, `Invited ${name} to claim`));
      refetch({ requestPolicy: 'network-only' });
      onInvited();
    }
  };
  return (
    <Card title={t('推荐认领单位', 'Suggested units')} extra={<MatchingHelp />} style={{ marginBottom: 16 }} data-testid="suggested-units">
      <ErrorBox error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      <List
        loading={fetching && !data}
        dataSource={data?.suggestUnits ?? []}
        locale={{ emptyText: <Empty description={t('暂无可推荐的单位', 'No unit to suggest')} /> }}
        renderItem={(m) => (
          <List.Item
            data-testid="suggested-unit"
            actions={[
              m.invited ? (
                <Tag key="i" color="green">{t('已邀请', 'Invited')}</Tag>
              ) : m.availableActions.includes('invite') ? (
                <Button key="i" size="small" type="primary" loading={invite.fetching} onClick={() => send(m.unit.id, m.unit.name)} data-testid="invite-unit">
                  {t('邀请认领', 'Invite to claim')}
                </Button>
              ) : null,
            ]}
          >
            <UnitMatchMeta match={m} />
          </List.Item>
        )}
      />
      {(data?.suggestVolunteers.length ?? 0) > 0 && (
        <>
          <h4 style={{ marginTop: 12 }}>{t('可联系的志愿者（三亮）', 'Volunteers who fit (三亮)')}</h4>
          <List
            size="small"
            dataSource={data!.suggestVolunteers}
            renderItem={(v) => (
              <List.Item data-testid="suggested-volunteer">
                <List.Item.Meta
                  title={
                    <Space>
                      {v.user.displayName}
                      {v.user.phone && <span className="gr-muted">{v.user.phone}</span>}
                      <ScoreTag score={v.score} />
                    </Space>
                  }
                  description={<Reasons reasons={v.reasons} />}
                />
              </List.Item>
            )}
          />
        </>
      )}
    </Card>
  );
}
