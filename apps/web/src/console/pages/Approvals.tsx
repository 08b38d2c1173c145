import { Link } from 'react-router-dom';
import { Card, Descriptions, Space, Tag } from 'antd';
import { useLang } from '../../shared/i18n';
import { useZone } from '../../shared/session';
import { useConnection } from '../../shared/paging';
import { EmptyHint, ErrorBox, LoadMore, Loading } from '../../shared/ui';
import { yuan } from '../../shared/format';
import { ProjectsDoc } from '../operations';
import { DecisionButtons, tally } from '../project-actions';

/** The party committee's inbox: projects the board resolved, to approve, return or reject. */
export default function Approvals() {
  const { t, L } = useLang();
  const { zone } = useZone();
  const list = useConnection(ProjectsDoc, { zoneId: zone?.id ?? '', status: 'RESOLVED' as const }, (d) => d.projects, { pause: !zone });
  return (
    <>
      <div className="gr-page-head">
        <h2>{t('党委审批', 'Approvals')}</h2>
      </div>
      <ErrorBox error={list.error} onRetry={list.refresh} />
      {list.loading ? (
        <Loading />
      ) : list.nodes.length === 0 ? (
        <Card>
          <EmptyHint title={t('没有待审批的项目', 'Nothing to approve')} hint={t('理事会决议通过的项目会出现在这里。', 'Projects resolved by the board appear here.')} />
        </Card>
      ) : (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {list.nodes.map((p) => {
            const c = tally(p.votes);
            return (
              <Card key={p.id} data-testid="approval-item" title={<Link to={`/projects/${p.id}`}>{p.title}</Link>} extra={<Tag>{L('NeedCategory', p.category)}</Tag>}>
                <Descriptions
                  size="small"
                  column={4}
                  style={{ marginBottom: 12 }}
                  items={[
                    { key: 'b', label: t('预算', 'Budget'), children: yuan(p.budgetFen) },
                    { key: 't', label: t('目标受益', 'Target'), children: p.targetBeneficiaries },
                    { key: 'c', label: t('认领名额', 'Claim limit'), children: p.claimLimit },
                    {
                      key: 'v',
                      label: t('理事会表决', 'Board vote'),
                      children: `${L('VoteChoice', 'FOR')} ${c.FOR} · ${L('VoteChoice', 'AGAINST')} ${c.AGAINST} · ${L('VoteChoice', 'ABSTAIN')} ${c.ABSTAIN}`,
                    },
                  ]}
                />
                <DecisionButtons projectId={p.id} onDone={list.refresh} />
              </Card>
            );
          })}
        </Space>
      )}
      <LoadMore hasMore={list.hasMore} loading={list.loadingMore} onLoad={list.loadMore} count={list.nodes.length} total={list.totalCount} />
    </>
  );
}
