import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Card, Descriptions, Space, Tag, type DescriptionsProps } from 'antd';
import { useLang } from '../shared/i18n';
import { useZone } from '../shared/session';
import { useConnection } from '../shared/paging';
import { EmptyHint, PagedList } from '../shared/ui';
import { yuan } from '../shared/format';
import { ProjectsDoc } from './operations';
import type { ConsoleProjectRowFragment, ProjectStatus } from './gql/graphql';

type DescriptionItems = NonNullable<DescriptionsProps['items']>;

/**
 * A role's inbox: the zone's projects in one status, each as a card with its plan at a glance
 * (budget, target, claim limit, plus `facts`) and the role's `action` below.
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
  facts?: (p: ConsoleProjectRowFragment) => DescriptionItems;
  action: (p: ConsoleProjectRowFragment, refresh: () => void) => ReactNode;
}) {
  const { t, L } = useLang();
  const { zone } = useZone();
  const list = useConnection(ProjectsDoc, { zoneId: zone?.id ?? '', status }, (d) => d.projects, { pause: !zone, pollMs });
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
                <Card key={p.id} data-testid={testId} title={<Link to={`/projects/${p.id}`}>{p.title}</Link>} extra={<Tag>{L('NeedCategory', p.category)}</Tag>}>
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
