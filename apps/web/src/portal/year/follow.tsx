import { App, Button, Tag } from 'antd';
import { StarFilled, StarOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useLang } from '../../shared/i18n';
import { refusalText } from '../../shared/errors';
import { useSignInGate } from '../sign-in-gate';

const ProjectFollowDoc = graphql(`
  query PortalProjectFollow($id: ID!) { project(id: $id) { id followedByMe startsOn endsOn overdue } }
`);
const NeedFollowDoc = graphql(`
  query PortalNeedFollow($id: ID!) { need(id: $id) { id followedByMe } }
`);
const FollowProjectDoc = graphql(`mutation PortalFollowProject($id: ID!) { followProject(projectId: $id) { id followedByMe } }`);
const UnfollowProjectDoc = graphql(`mutation PortalUnfollowProject($id: ID!) { unfollowProject(projectId: $id) { id followedByMe } }`);
const FollowNeedDoc = graphql(`mutation PortalFollowNeed($id: ID!) { followNeed(needId: $id) { id followedByMe } }`);
const UnfollowNeedDoc = graphql(`mutation PortalUnfollowNeed($id: ID!) { unfollowNeed(needId: $id) { id followedByMe } }`);

function FollowToggle({ followed, busy, onToggle, testId }: { followed: boolean; busy: boolean; onToggle: () => void; testId: string }) {
  const { t } = useLang();
  return (
    <Button block icon={followed ? <StarFilled /> : <StarOutlined />} loading={busy} onClick={onToggle} style={{ marginTop: 8 }} data-testid={testId}>
      {followed ? t('已关注(点击取消)', 'Following (tap to stop)') : t('关注,每一步进展都通知我', 'Follow: tell me of each step')}
    </Button>
  );
}

/** 关注 a project, with its dates (开始/结束, 逾期). */
export function ProjectFollowAndDates({ id }: { id: string }) {
  const { t, lang } = useLang();
  const { message } = App.useApp();
  const signedIn = useSignInGate();
  const [{ data }, refetch] = useQuery({ query: ProjectFollowDoc, variables: { id }, requestPolicy: 'cache-and-network' });
  const [f, follow] = useMutation(FollowProjectDoc);
  const [u, unfollow] = useMutation(UnfollowProjectDoc);
  const p = data?.project;
  if (!p) return null;
  const toggle = async () => {
    if (!signedIn()) return;
    const r = p.followedByMe ? await unfollow({ id }) : await follow({ id });
    if (r.error) message.error(refusalText(r.error, lang));
    else {
      message.success(p.followedByMe ? t('已取消关注', 'Unfollowed') : t('已关注', 'Following'));
      refetch({ requestPolicy: 'network-only' });
    }
  };
  return (
    <>
      {(p.startsOn || p.endsOn) && (
        <div style={{ marginTop: 4 }} data-testid="project-dates">
          {t('起止日期', 'Dates')}:{p.startsOn ?? '—'} ~ {p.endsOn ?? '—'}{' '}
          {p.overdue && <Tag color="red">{t('已逾期', 'Overdue')}</Tag>}
        </div>
      )}
      <FollowToggle followed={p.followedByMe} busy={f.fetching || u.fetching} onToggle={toggle} testId="follow-project" />
    </>
  );
}

/** 关注 a need. */
export function NeedFollow({ id }: { id: string }) {
  const { t, lang } = useLang();
  const { message } = App.useApp();
  const signedIn = useSignInGate();
  const [{ data }, refetch] = useQuery({ query: NeedFollowDoc, variables: { id }, requestPolicy: 'cache-and-network' });
  const [f, follow] = useMutation(FollowNeedDoc);
  const [u, unfollow] = useMutation(UnfollowNeedDoc);
  const n = data?.need;
  if (!n) return null;
  const toggle = async () => {
    if (!signedIn()) return;
    const r = n.followedByMe ? await unfollow({ id }) : await follow({ id });
    if (r.error) message.error(refusalText(r.error, lang));
    else {
      message.success(n.followedByMe ? t('已取消关注', 'Unfollowed') : t('已关注', 'Following'));
      refetch({ requestPolicy: 'network-only' });
    }
  };
  return <FollowToggle followed={n.followedByMe} busy={f.fetching || u.fetching} onToggle={toggle} testId="follow-need" />;
}
