import { Link } from 'react-router-dom';
import { AppstoreOutlined, FormOutlined, GiftOutlined, ProjectOutlined, TrophyOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useLang } from '../../shared/i18n';
import { useSession, useZone } from '../../shared/session';
import { useConnection } from '../../shared/paging';
import { EmptyHint, PagedList } from '../../shared/ui';
import { TopBar } from '../chrome';
import { ProjectCard } from '../project-card';
import { ProjectsDoc } from '../operations';

export default function Home() {
  const { t, L } = useLang();
  const { me } = useSession();
  const { zone, zones, setZoneId, loading: zonesLoading } = useZone();
  const projects = useConnection(ProjectsDoc, { zoneId: zone?.id ?? '' }, (d) => d.projects, {
    pageSize: 3,
    pause: !zone,
  });

  return (
    <>
      <TopBar title={t('金色纽带', 'Golden Ribbon')} />
      <main className="gr-page">
        <div className="gr-hero">
          <h2>
            {me
              ? t(`您好，${me.displayName}`, `Hello, ${me.displayName}`)
              : t('您好，欢迎参与片区共建', 'Hello, welcome to your neighbourhood')}
          </h2>
          <div style={{ opacity: 0.9 }}>
            {zones.length > 1 ? (
              <Select
                size="small"
                value={zone?.id}
                onChange={setZoneId}
                options={zones.map((z) => ({ value: z.id, label: z.name }))}
                style={{ minWidth: 140 }}
                aria-label={t('片区', 'Zone')}
              />
            ) : (
              <span data-testid="zone-name">{zone ? `${zone.street} · ${zone.name}` : zonesLoading ? t('加载片区…', 'Loading zone…') : ''}</span>
            )}
          </div>
          <div style={{ marginTop: 8, fontSize: 13, opacity: 0.9 }}>
            {t('说出您的需求和好点子，我们一起把它变成项目。', 'Tell us what you need — together we turn it into projects.')}
          </div>
        </div>

        <div className="gr-actions">
          <Link className="gr-action" to="/submit?kind=MICRO_WISH" data-testid="new-wish">
            <b style={{ color: '#c8102e' }}>{L('NeedKind', 'MICRO_WISH')}</b>
            <span className="gr-muted">{t('一件具体的小事，如轮椅、课本', 'A small concrete wish')}</span>
          </Link>
          <Link className="gr-action" to="/submit?kind=GOLDEN_IDEA" data-testid="new-idea">
            <b style={{ color: '#7c5800' }}>{L('NeedKind', 'GOLDEN_IDEA')}</b>
            <span className="gr-muted">{t('给社区、片区的好建议', 'A suggestion for the community')}</span>
          </Link>
        </div>

        <nav className="gr-shortcuts" aria-label={t('快捷入口', 'Shortcuts')}>
          <Link to="/menu"><AppstoreOutlined />{t('需求菜单', 'Needs menu')}</Link>
          <Link to="/projects"><ProjectOutlined />{t('项目清单', 'Projects')}</Link>
          <Link to="/surveys"><FormOutlined />{t('问卷评价', 'Surveys')}</Link>
          <Link to="/selections"><TrophyOutlined />{t('评选投票', 'Selections')}</Link>
          <Link to="/resources" data-testid="shortcut-resources"><GiftOutlined />{t('资源清单', 'Resources')}</Link>
        </nav>

        <div className="gr-section-title">
          <span>{t('最新项目', 'Latest projects')}</span>
          <Link to="/projects" style={{ fontSize: 13, fontWeight: 400 }}>{t('全部', 'All')} ›</Link>
        </div>
        <PagedList
          list={projects}
          more={false}
          empty={
            <div className="gr-card">
              <EmptyHint
                title={t('还没有发布的项目', 'No published projects yet')}
                hint={t('提交您的需求，促进会将据此提议项目。', 'Submit a need; the council proposes projects from them.')}
              />
            </div>
          }
        >
          {(nodes) =>
            nodes.map((p) => (
              <ProjectCard key={p.id} project={p}>
                <div className="gr-muted">{L('NeedCategory', p.category)}</div>
              </ProjectCard>
            ))
          }
        </PagedList>
      </main>
    </>
  );
}
