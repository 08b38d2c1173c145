import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { App, Button, Input, Segmented, Select, Tag } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useEnumOptions, useLang } from '../../shared/i18n';
import { useSession, useZone } from '../../shared/session';
import { useConnection } from '../../shared/paging';
import { refusalText } from '../../shared/errors';
import { EmptyHint, ErrorBox, PagedList } from '../../shared/ui';
import { TopBar } from '../chrome';
import { loginPath } from '../sign-in-gate';
import { JoinTeamDoc, LeaveTeamDoc, PortalResourcesDoc, PortalTeamsDoc } from '../matching-operations';
import type { NeedCategory, ResourceKind } from '../gql/graphql';

/** 资源清单 (what member units open to residents, free and low-cost first) and 党员志愿者服务队. */
export default function Resources() {
  const { t } = useLang();
  const [tab, setTab] = useState<'resources' | 'teams'>('resources');
  return (
    <>
      <TopBar title={t('资源清单', 'Resources')} />
      <main className="gr-page">
        <Segmented
          block
          style={{ marginBottom: 8 }}
          value={tab}
          onChange={(v) => setTab(v as 'resources' | 'teams')}
          options={[
            { value: 'resources', label: t('单位资源', 'Unit resources') },
            { value: 'teams', label: t('志愿服务队', 'Volunteer teams') },
          ]}
        />
        {tab === 'resources' ? <Directory /> : <Teams />}
      </main>
    </>
  );
}

function Directory() {
  const { t, L } = useLang();
  const { zone } = useZone();
  const [category, setCategory] = useState<NeedCategory | null>(null);
  const [kind, setKind] = useState<ResourceKind | null>(null);
  const [search, setSearch] = useState('');
  const categories = useEnumOptions('NeedCategory');
  const kinds = useEnumOptions('ResourceKind');
  const list = useConnection(PortalResourcesDoc, { zoneId: zone?.id ?? '', category, kind, search: search || null }, (d) => d.resources, { pause: !zone });
  return (
    <>
      <Input.Search
        allowClear
        placeholder={t('搜索资源，如 会议室、理发', 'Search, e.g. meeting room')}
        onSearch={(v) => setSearch(v.trim())}
        style={{ marginBottom: 8 }}
        aria-label={t('搜索资源', 'Search resources')}
        data-testid="resources-search"
      />
      <div className="gr-row" style={{ gap: 8, marginBottom: 8 }}>
        <Select allowClear value={category} onChange={(v) => setCategory(v ?? null)} options={categories} placeholder={t('需求类别', 'Category')} style={{ flex: 1 }} aria-label={t('需求类别', 'Category')} />
        <Select allowClear value={kind} onChange={(v) => setKind(v ?? null)} options={kinds} placeholder={t('资源类型', 'Kind')} style={{ flex: 1 }} aria-label={t('资源类型', 'Kind')} />
      </div>
      <PagedList
        list={list}
        empty={
          <div className="gr-card">
            <EmptyHint title={search ? t(`没有与「${search}」相关的资源`, `No resource matches "${search}"`) : t('暂无资源', 'No resources here')} hint={t('成员单位开放的场地、设施和服务会出现在这里。', 'Venues, equipment and services units open to residents appear here.')} />
          </div>
        }
      >
        {(nodes) =>
          nodes.map((r) => (
            <div className="gr-card" key={r.id} data-testid="resource-card">
              <div className="gr-row">
                <b className="gr-grow gr-title">{r.title}</b>
                <Tag color={r.cost === 'FREE' ? 'green' : r.cost === 'LOW_COST' ? 'blue' : 'default'}>{L('ResourceCost', r.cost)}</Tag>
              </div>
              <div className="gr-muted">
                {r.unit.name} · {L('ResourceKind', r.kind)}
                {r.capacity != null ? ` · ${t('容量', 'Capacity')} ${r.capacity}` : ''}
              </div>
              <div style={{ margin: '4px 0' }}>{r.description}</div>
              <div>
                {r.categories.map((c) => (
                  <Tag key={c}>{L('NeedCategory', c)}</Tag>
                ))}
              </div>
            </div>
          ))
        }
      </PagedList>
    </>
  );
}

function Teams() {
  const { t, lang } = useLang();
  const { message } = App.useApp();
  const { zone } = useZone();
  const { signedIn } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [{ data, error, fetching }, refetch] = useQuery({ query: PortalTeamsDoc, variables: { zoneId: zone?.id ?? '' }, pause: !zone, requestPolicy: 'cache-and-network' });
  const [join, doJoin] = useMutation(JoinTeamDoc);
  const [leave, doLeave] = useMutation(LeaveTeamDoc);
  const act = async (teamId: string, joined: boolean) => {
    if (!signedIn) return navigate(loginPath(pathname));
    const r = joined ? await doLeave({ teamId }) : await doJoin({ teamId });
    if (r.error) message.error(refusalText(r.error, lang));
    else {
      message.success(joined ? t('已退出服务队', 'You left the team') : t('已加入服务队', 'You joined the team'));
      refetch({ requestPolicy: 'network-only' });
    }
  };
  const teams = data?.volunteerTeams ?? [];
  return (
    <>
      <ErrorBox error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      {!fetching && !teams.length && (
        <div className="gr-card">
          <EmptyHint title={t('暂无志愿服务队', 'No teams yet')} hint={t('党员志愿者服务队由促进会组建，每队联系一至两栋楼宇。', 'Teams are formed by the council, each linked to one or two buildings.')} />
        </div>
      )}
      {teams.map((team) => (
        <div className="gr-card" key={team.id} data-testid="team-card">
          <div className="gr-row">
            <b className="gr-grow">{team.name}</b>
            <span className="gr-muted">{t(`${team.memberCount} 名队员`, `${team.memberCount} members`)}</span>
          </div>
          <div className="gr-muted">
            {team.unit ? `${team.unit.name} · ` : ''}
            {t('联系楼宇：', 'Buildings: ')}
            {team.buildings.map((b) => b.name).join('、')}
          </div>
          <Button
            style={{ marginTop: 8 }}
            block
            type={team.joinedByMe ? 'default' : 'primary'}
            loading={join.fetching || leave.fetching}
            onClick={() => act(team.id, team.joinedByMe)}
            data-testid="team-join"
          >
            {team.joinedByMe ? t('退出服务队', 'Leave') : t('加入服务队', 'Join')}
          </Button>
        </div>
      ))}
    </>
  );
}
