import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Card, Descriptions, Space, Tag, Typography, type DescriptionsProps } from 'antd';
import { useLang } from '../shared/i18n';
import { useZone } from '../shared/session';
import { useConnection } from '../shared/paging';
import { EmptyHint, PagedList } from '../shared/ui';
import { yuan } from '../shared/format';
import { InboxProjectsDoc } from './operations';
import type { ConsoleInboxProjectsQuery, ProjectStatus } from './gql/graphql';

type InboxProject = ConsoleInboxProjectsQuery['projects']['edges'][number]['node'];

type DescriptionItems = NonNullable<DescriptionsProps['items']>;

/**
 * A role's inbox: the zone's projects in one status, each as a card with its plan at a glance
 * (description, source needs, budget, target, claim limit, plus `facts`), for a project back for
 * another round the round and what was said when it was sent back, and the role's `action` below.
 */
export function ProjectInbox({
  status,
  title,
  headExtra,
  empty,
  testId,
  pollMs,
  facts,
  action,
}: {
  status: ProjectStatus;
  title: string;
  headExtra?: ReactNode;
  empty: { title: string; hint: string };
  testId: string;
  pollMs?: number;
  facts?: (p: InboxProject) => DescriptionItems;
  action: (p: InboxProject, refresh: () => void) => ReactNode;
}) {
  const { t, L } = useLang();
  const { zone } = useZone();
  const list = useConnection(InboxProjectsDoc, { zoneId: zone?.id ?? '', status }, (d) => d.projects, { pause: !zone, pollMs });
  return (
    <>
      <div className="gr-page-head">
        <h2>{title}</h2>
        {headExtra}
      </div>
      <PagedList
        list={list}
        empty={
          <Card>
            <EmptyHint title={empty.title} hint={empty.hint} />
          </Card>
        }
      >
        {(nodes) => (
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            {nodes.map((p) => {
              const items: DescriptionItems = [
                { key: 'b', label: t('预算', 'Budget'), children: yuan(p.budgetFen) },
                { key: 't', label: t('目标受益', 'Target'), children: p.targetBeneficiaries },
                { key: 'c', label: t('认领名额', 'Claim limit'), children: p.claimLimit },
                ...(facts?.(p) ?? []),
              ];
              return (
                <Card
                  key={p.id}
                  data-testid={testId}
                  title={<Link to={`/projects/${p.id}`} style={{ whiteSpace: 'normal' }}>{p.title}</Link>}
                  extra={
                    <Space size={4}>
                      {p.resolutionRound > 1 && <Tag color="orange" data-testid="inbox-round">{t(`第 ${p.resolutionRound} 轮`, `Round ${p.resolutionRound}`)}</Tag>}
                      <Tag>{L('NeedCategory', p.category)}</Tag>
                    </Space>
                  }
                >
                  <SentBack project={p} />
                  <Typography.Paragraph ellipsis={{ rows: 3, expandable: true, symbol: t('展开', 'more') }} style={{ whiteSpace: 'pre-wrap' }} data-testid="inbox-description">
                    {p.description}
                  </Typography.Paragraph>
                  {p.sourceNeeds.length > 0 && (
                    <div style={{ marginBottom: 8 }} data-testid="inbox-source-needs">
                      <span className="gr-muted">{t(`来源需求（${p.sourceNeeds.length}）：`, `Source needs (${p.sourceNeeds.length}): `)}</span>
                      {p.sourceNeeds.map((n, i) => (
                        <span key={n.id}>
                          {i > 0 && '、'}
                          {n.title}
                          <span className="gr-muted">（♥ {n.supportCount}）</span>
                        </span>
                      ))}
                    </div>
                  )}
                  <Descriptions size="small" column={items.length} style={{ marginBottom: 12 }} items={items} />
                  {action(p, list.refresh)}
                </Card>
              );
            })}
          </Space>
        )}
      </PagedList>
    </>
  );
}

/**
 * A project proposed again after it was sent back: who sent it back in the earlier round and why
 * (the party committee's comment on a return, or the board's vote that did not pass).
 */
function SentBack({ project: p }: { project: InboxProject }) {
  const { t, L } = useLang();
  if (p.resolutionRound <= 1) return null;
  // the last move back to a draft (a return by the committee, or a vote that did not pass)
  const back = [...p.timeline].reverse().find((e) => e.returned);
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 8 }}
      data-testid="inbox-sent-back"
      title={t(`第 ${p.resolutionRound} 轮：上一轮（第 ${p.resolutionRound - 1} 轮）被退回后修改重提`, `Round ${p.resolutionRound}: sent back in round ${p.resolutionRound - 1}, revised and proposed again`)}
      description={
        back
          ? `${back.from ? L('ProjectStatus', back.from) : ''} → ${L('ProjectStatus', back.to)} · ${back.actor.displayName}${back.comment ? t(`：${back.comment}`, `: ${back.comment}`) : ''}`
          : undefined
      }
    />
  );
}
