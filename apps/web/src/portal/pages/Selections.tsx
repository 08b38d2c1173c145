import { useState } from 'react';
import { Link } from 'react-router-dom';
import { App, Button, Tag } from 'antd';
import { TrophyFilled } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useLang } from '../../shared/i18n';
import { useZone } from '../../shared/session';
import { refusals } from '../../shared/errors';
import { EmptyHint, ErrorBox, Loading } from '../../shared/ui';
import { TopBar } from '../chrome';
import { CampaignsDoc, VoteInCampaignDoc } from '../operations';
import { useSignInGate } from '../sign-in-gate';

/** Selection campaigns (评选): one vote per person per campaign; closed ones show the ranking. */
export default function Selections() {
  const { t, L, lang } = useLang();
  const { message } = App.useApp();
  const { zone } = useZone();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CampaignsDoc,
    variables: { zoneId: zone?.id ?? '' },
    pause: !zone,
  });
  const [, vote] = useMutation(VoteInCampaignDoc);
  const [voted, setVoted] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const signedIn = useSignInGate();

  const cast = async (campaignId: string, projectId: string) => {
    if (!signedIn()) return; // visitors sign in first, then come back to vote
    setBusy(projectId);
    const r = await vote({ campaignId, projectId });
    setBusy(null);
    if (r.error) {
      const list = refusals(r.error, lang);
      message.error(
        list.some((x) => x.code === 'CONFLICT') ? t('您已在本次评选中投过票', 'You have already voted in this selection') : list[0]?.message,
      );
      return;
    }
    setVoted((v) => ({ ...v, [campaignId]: projectId }));
    message.success(t('投票成功', 'Vote recorded'));
  };

  const campaigns = data?.campaigns ?? [];
  return (
    <>
      <TopBar title={t('评选投票', 'Selections')} back />
      <main className="gr-page">
        <ErrorBox error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        {fetching && !data ? (
          <Loading />
        ) : campaigns.length === 0 ? (
          <div className="gr-card">
            <EmptyHint
              title={t('暂无评选活动', 'No selection right now')}
              hint={t('「金色纽带」优秀项目评选开始后，可在这里投票。', 'When a selection opens, you can vote here.')}
              action={<Link to="/projects">{t('先看看项目清单', 'See the projects')}</Link>}
            />
          </div>
        ) : (
          campaigns.map((c) => {
            const nominees = c.open ? c.nominees : [...c.nominees].sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99));
            return (
              <div className="gr-card" key={c.id} data-testid="campaign">
                <div className="gr-row" style={{ marginBottom: 8 }}>
                  <h3 className="gr-grow" style={{ margin: 0 }}>{c.title}</h3>
                  <Tag color={c.open ? 'green' : 'default'}>{c.open ? t('投票中', 'Open') : t('已结束', 'Closed')}</Tag>
                </div>
                {nominees.length === 0 && <div className="gr-muted">{t('暂无候选项目', 'No nominees yet')}</div>}
                {nominees.map((n) => (
                  <div key={n.project.id} className="gr-row" style={{ padding: '8px 0', borderTop: '1px solid #f5f5f5' }}>
                    {!c.open && n.rank != null && n.rank <= 3 && <TrophyFilled style={{ color: ['#d4a017', '#aaa', '#cd7f32'][n.rank - 1] }} />}
                    <div className="gr-grow">
                      <Link to={`/projects/${n.project.id}`}>{n.project.title}</Link>
                      <div className="gr-muted">{L('NeedCategory', n.project.category)} · {n.votes} {t('票', 'votes')}</div>
                    </div>
                    {c.open && (
                      <Button
                        size="small"
                        type={voted[c.id] === n.project.id ? 'primary' : 'default'}
                        disabled={!!voted[c.id] && voted[c.id] !== n.project.id}
                        loading={busy === n.project.id}
                        onClick={() => cast(c.id, n.project.id)}
                      >
                        {voted[c.id] === n.project.id ? t('已投票', 'Voted') : t('投一票', 'Vote')}
                      </Button>
                    )}
                  </div>
                ))}
              </div>
            );
          })
        )}
      </main>
    </>
  );
}
