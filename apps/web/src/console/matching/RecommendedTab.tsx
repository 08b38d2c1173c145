import { Link } from 'react-router-dom';
import { Button, Card, Empty, List, Space, Tag } from 'antd';
import { useQuery } from 'urql';
import { useLang } from '../../shared/i18n';
import { ErrorBox } from '../../shared/ui';
import { yuan } from '../../shared/format';
import { useLightWish } from '../light-wish';
import { useClaimDialog } from '../project-actions';
import { RecommendedDoc } from './operations';
import { MatchingHelp, Reasons, ScoreTag } from './reasons';

/** 为你推荐: projects the unit may claim and wishes it may light up, each saying why. */
export function RecommendedTab({ unitId }: { unitId: string }) {
  const { t, L } = useLang();
  const [{ data, error, fetching }, refetch] = useQuery({ query: RecommendedDoc, variables: { unitId }, requestPolicy: 'cache-and-network' });
  const claimDialog = useClaimDialog(unitId, () => reload());
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const { light, busy } = useLightWish(unitId, () => reload());
  return (
    <>
      <ErrorBox error={error} onRetry={reload} />
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <span className="gr-muted">{t('根据本单位的资源、履历和两楼结对推荐；只是建议，由您决定是否认领。', 'From your resources, track record and pairings; suggestions only, you decide.')}</span>
        <MatchingHelp />
      </div>
      <Card title={t('推荐项目', 'Projects for you')} size="small" style={{ marginBottom: 16 }}>
        <List
          loading={fetching && !data}
          dataSource={data?.recommendedProjects ?? []}
          locale={{ emptyText: <Empty description={t('暂无推荐项目。登记本单位的资源后，这里会出现适合的项目。', 'Nothing yet. Add your resources and fitting projects appear here.')} /> }}
          renderItem={(m) => (
            <List.Item
              data-testid="recommended-project"
              actions={[
                <Button key="c" type="primary" size="small" onClick={() => claimDialog.claim({ id: m.project.id, title: m.project.title })} data-testid="recommended-claim">
                  {t('认领', 'Claim')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    <Link to={`/projects/${m.project.id}`}>{m.project.title}</Link>
                    <Tag>{L('NeedCategory', m.project.category)}</Tag>
                    <ScoreTag score={m.score} />
                    <span className="gr-muted">
                      {t('预算', 'Budget')} {yuan(m.project.budgetFen)} · {t('名额', 'Places')} {m.project.claims.length}/{m.project.claimLimit}
                    </span>
                  </Space>
                }
                description={<Reasons reasons={m.reasons} />}
              />
            </List.Item>
          )}
        />
      </Card>
      <Card title={t('推荐心愿', 'Wishes for you')} size="small">
        <List
          dataSource={data?.recommendedWishes ?? []}
          locale={{ emptyText: <Empty description={t('暂无推荐的微心愿', 'No wish to suggest')} /> }}
          renderItem={(m) => (
            <List.Item
              data-testid="recommended-wish"
              actions={[
                <Button key="l" size="small" loading={busy === m.need.id} onClick={() => light(m.need.id)}>
                  {t('点亮心愿', 'Light up')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    <b>{m.need.title}</b>
                    {m.need.category && <Tag>{L('NeedCategory', m.need.category)}</Tag>}
                    <ScoreTag score={m.score} />
                  </Space>
                }
                description={
                  <>
                    <div className="gr-muted">{m.need.content}</div>
                    <Reasons reasons={m.reasons} />
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      {claimDialog.dialog}
    </>
  );
}
