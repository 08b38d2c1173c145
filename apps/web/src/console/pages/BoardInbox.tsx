import { Link } from 'react-router-dom';
import { Card, Descriptions, Space, Tag } from 'antd';
import { useLang } from '../../shared/i18n';
import { useZone } from '../../shared/session';
import { useConnection } from '../../shared/paging';
import { EmptyHint, ErrorBox, LoadMore, Loading } from '../../shared/ui';
import { yuan } from '../../shared/format';
import { ProjectsDoc } from '../operations';
import { VotePanel } from '../project-actions';

/** The board's approval inbox: proposed projects with a live tally (re-read every few seconds). */
export default function BoardInbox() {
  const { t, L } = useLang();
  const { zone } = useZone();
  const list = useConnection(ProjectsDoc, { zoneId: zone?.id ?? '', status: 'PROPOSED' as const }, (d) => d.projects, {
    pause: !zone,
    pollMs: 5000,
  });
  return (
    <>
      <div className="gr-page-head">
        <h2>{t('理事会表决', 'Board votes')}</h2>
        <Tag color="processing">{t('票数实时更新', 'Live tally')}</Tag>
      </div>
      <ErrorBox error={list.error} onRetry={list.refresh} />
      {list.loading ? (
        <Loading />
      ) : list.nodes.length === 0 ? (
        <Card>
          <EmptyHint title={t('没有待表决的项目', 'Nothing to vote on')} hint={t('促进会提议项目后，会出现在这里并通知您。', 'Projects proposed by the council appear here; you will be notified.')} />
        </Card>
      ) : (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {list.nodes.map((p) => (
            <Card key={p.id} data-testid="board-item" title={<Link to={`/projects/${p.id}`}>{p.title}</Link>} extra={<Tag>{L('NeedCategory', p.category)}</Tag>}>
              <Descriptions
                size="small"
                column={3}
                style={{ marginBottom: 12 }}
                items={[
                  { key: 'b', label: t('预算', 'Budget'), children: yuan(p.budgetFen) },
                  { key: 't', label: t('目标受益', 'Target'), children: p.targetBeneficiaries },
                  { key: 'c', label: t('认领名额', 'Claim limit'), children: p.claimLimit },
                ]}
              />
              <VotePanel projectId={p.id} votes={p.votes} onChange={list.refresh} />
            </Card>
          ))}
        </Space>
      )}
      <LoadMore hasMore={list.hasMore} loading={list.loadingMore} onLoad={list.loadMore} count={list.nodes.length} total={list.totalCount} />
    </>
  );
}
