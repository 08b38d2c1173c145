import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { Link, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { Badge, Button, Drawer, Dropdown, Layout, Menu, Result, Select } from 'antd';
import {
  AimOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  ApartmentOutlined,
  BarChartOutlined,
  BellOutlined,
  CheckSquareOutlined,
  EditOutlined,
  FileSearchOutlined,
  FormOutlined,
  HistoryOutlined,
  IdcardOutlined,
  KeyOutlined,
  DisconnectOutlined,
  LogoutOutlined,
  ProjectOutlined,
  RiseOutlined,
  SettingOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useQuery } from 'urql';
import { useLang } from '../shared/i18n';
import { LangSwitch } from '../shared/LangSwitch';
import { useSession, useZone, type RoleName } from '../shared/session';
import { UnreadCountDoc } from '../shared/operations';
import { useSignOutEverywhere } from '../shared/sign-out-everywhere';
import { ChangePasswordModal } from './change-password';
import { Loading } from '../shared/ui';
import { NotificationList } from '../shared/NotificationList';
import { consoleRoute } from '../shared/links';

const Login = lazy(() => import('./pages/Login'));
const Review = lazy(() => import('./pages/Review'));
const MenuBoard = lazy(() => import('./pages/MenuBoard'));
const RecordNeed = lazy(() => import('./pages/RecordNeed'));
const ProjectNew = lazy(() => import('./pages/ProjectNew'));
const Projects = lazy(() => import('./pages/Projects'));
const ProjectDetail = lazy(() => import('./pages/ProjectDetail'));
const BoardInbox = lazy(() => import('./pages/BoardInbox'));
const Approvals = lazy(() => import('./pages/Approvals'));
const UnitDesk = lazy(() => import('./pages/UnitDesk'));
const Evaluation = lazy(() => import('./pages/Evaluation'));
const SurveyDetail = lazy(() => import('./pages/SurveyDetail'));
const Dashboard = lazy(() => import('./pages/Dashboard'));
const Selections = lazy(() => import('./pages/Selections'));
const Admin = lazy(() => import('./pages/Admin'));
const Accounts = lazy(() => import('./pages/Accounts'));
const AuditLog = lazy(() => import('./pages/AuditLog'));
const Council = lazy(() => import('./governance/Council'));
const MeetingDetail = lazy(() => import('./governance/MeetingDetail'));
const Scorecards = lazy(() => import('./governance/Scorecards'));
const Pairings = lazy(() => import('./matching/Pairings'));
const ClassifierAccuracy = lazy(() => import('./classifier/ClassifierAccuracy'));

const CONSOLE_ROLES: RoleName[] = ['COUNCIL_STAFF', 'BOARD_MEMBER', 'PARTY_COMMITTEE', 'UNIT_ADMIN', 'ADMIN'];

interface NavItem {
  path: string;
  zh: string;
  en: string;
  icon: ReactNode;
  roles: RoleName[];
}

/** What each role sees in the console. */
export const NAV: NavItem[] = [
  { path: '/review', zh: '需求审核', en: 'Review queue', icon: <FileSearchOutlined />, roles: ['COUNCIL_STAFF'] },
  { path: '/menu', zh: '需求菜单', en: 'Needs menu', icon: <AppstoreOutlined />, roles: ['COUNCIL_STAFF'] },
  { path: '/record', zh: '代录需求', en: 'Record a need', icon: <EditOutlined />, roles: ['COUNCIL_STAFF'] },
  { path: '/classifier', zh: '分类准确率', en: 'Classification accuracy', icon: <AimOutlined />, roles: ['COUNCIL_STAFF'] },
  { path: '/board', zh: '理事会表决', en: 'Board votes', icon: <AuditOutlined />, roles: ['BOARD_MEMBER'] },
  { path: '/approvals', zh: '党委审批', en: 'Approvals', icon: <CheckSquareOutlined />, roles: ['PARTY_COMMITTEE'] },
  { path: '/projects', zh: '项目清单', en: 'Projects', icon: <ProjectOutlined />, roles: CONSOLE_ROLES },
  { path: '/unit', zh: '单位认领', en: 'Unit desk', icon: <TeamOutlined />, roles: ['UNIT_ADMIN'] },
  { path: '/evaluation', zh: '成效评估', en: 'Evaluation', icon: <FormOutlined />, roles: ['COUNCIL_STAFF'] },
  { path: '/dashboard', zh: '片区看板', en: 'Dashboard', icon: <BarChartOutlined />, roles: ['COUNCIL_STAFF', 'BOARD_MEMBER', 'PARTY_COMMITTEE', 'ADMIN'] },
  { path: '/pairings', zh: '两楼结对', en: 'Pairings', icon: <ApartmentOutlined />, roles: ['COUNCIL_STAFF', 'ADMIN'] },
  { path: '/council', zh: '促进会治理', en: 'Council', icon: <BankOutlined />, roles: CONSOLE_ROLES },
  { path: '/scorecards', zh: '年度考核', en: 'Yearly scorecard', icon: <RiseOutlined />, roles: CONSOLE_ROLES },
  { path: '/selections', zh: '评选活动', en: 'Selections', icon: <TrophyOutlined />, roles: ['COUNCIL_STAFF', 'ADMIN'] },
  { path: '/accounts', zh: '账号管理', en: 'Accounts', icon: <IdcardOutlined />, roles: ['COUNCIL_STAFF', 'ADMIN'] },
  { path: '/audit', zh: '审计日志', en: 'Audit log', icon: <HistoryOutlined />, roles: ['COUNCIL_STAFF', 'ADMIN'] },
  { path: '/admin', zh: '系统管理', en: 'Administration', icon: <SettingOutlined />, roles: ['ADMIN'] },
];

/** Where each role starts its day, the first role held deciding: staff review, a unit admin its desk (单位认领). */
const HOME_BY_ROLE: [RoleName, string][] = [
  ['COUNCIL_STAFF', '/review'],
  ['BOARD_MEMBER', '/board'],
  ['PARTY_COMMITTEE', '/approvals'],
  ['UNIT_ADMIN', '/unit'],
];

export function homeOf(allowed: NavItem[], hasRole: (...roles: RoleName[]) => boolean): string {
  const home = HOME_BY_ROLE.find(([role, path]) => hasRole(role) && allowed.some((i) => i.path === path));
  return home ? home[1] : allowed[0].path;
}

/** The console (管理后台): a side menu by role around lazy pages. */
export function ConsoleApp() {
  const { signedIn, loading, hasRole } = useSession();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!signedIn)
    return (
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/login" element={<Login />} />
          <Route path="*" element={<Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />} />
        </Routes>
      </Suspense>
    );
  const allowed = NAV.filter((n) => hasRole(...n.roles));
  const guard = (path: string, el: ReactNode) => {
    const item = NAV.find((n) => n.path === path);
    return item && !hasRole(...item.roles) ? <Forbidden /> : el;
  };
  return (
    <Shell items={allowed}>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/login" element={<Navigate to="/" replace />} />
          <Route path="/" element={allowed.length ? <Navigate to={homeOf(allowed, hasRole)} replace /> : <NoConsoleRole />} />
          <Route path="/review" element={guard('/review', <Review />)} />
          <Route path="/menu" element={guard('/menu', <MenuBoard />)} />
          <Route path="/record" element={guard('/record', <RecordNeed />)} />
          <Route path="/projects" element={guard('/projects', <Projects />)} />
          <Route path="/projects/new" element={guard('/menu', <ProjectNew />)} />
          <Route path="/projects/:id" element={guard('/projects', <ProjectDetail />)} />
          <Route path="/board" element={guard('/board', <BoardInbox />)} />
          <Route path="/approvals" element={guard('/approvals', <Approvals />)} />
          <Route path="/unit" element={guard('/unit', <UnitDesk />)} />
          <Route path="/evaluation" element={guard('/evaluation', <Evaluation />)} />
          <Route path="/surveys/:id" element={guard('/evaluation', <SurveyDetail />)} />
          <Route path="/dashboard" element={guard('/dashboard', <Dashboard />)} />
          <Route path="/selections" element={guard('/selections', <Selections />)} />
          <Route path="/admin" element={guard('/admin', <Admin />)} />
          <Route path="/accounts" element={guard('/accounts', <Accounts />)} />
          <Route path="/audit" element={guard('/audit', <AuditLog />)} />
          <Route path="/council" element={guard('/council', <Council />)} />
          <Route path="/pairings" element={guard('/pairings', <Pairings />)} />
          <Route path="/meetings/:id" element={guard('/council', <MeetingDetail />)} />
          <Route path="/scorecards" element={guard('/scorecards', <Scorecards />)} />
          <Route path="/classifier" element={guard('/classifier', <ClassifierAccuracy />)} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </Shell>
  );
}

function Shell({ items, children }: { items: NavItem[]; children: ReactNode }) {
  const { t, lang, L } = useLang();
  const { me, signOut } = useSession();
  const { zones, zone, setZoneId } = useZone();
  const location = useLocation();
  const navigate = useNavigate();
  const [noticeOpen, setNoticeOpen] = useState(false);
  const [passwordOpen, setPasswordOpen] = useState(false);
  const confirmSignOutEverywhere = useSignOutEverywhere('/login');
  const [{ data: unreadData }, refetchUnread] = useQuery({ query: UnreadCountDoc, requestPolicy: 'cache-and-network' });
  const unread = unreadData?.myNotifications.unreadCount ?? 0;
  const selected = items.find((i) => location.pathname === i.path || location.pathname.startsWith(i.path + '/'))?.path;

  useEffect(() => {
    const item = items.find((i) => i.path === selected);
    document.title = `${item ? (lang === 'zh' ? item.zh : item.en) + ' · ' : ''}${t('金色纽带 管理后台', 'Golden Ribbon console')}`;
  }, [selected, items, lang, t]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={64} width={208} theme="dark">
        <div className="gr-logo">
          <i />
          <span>{t('金色纽带 管理后台', 'Golden Ribbon')}</span>
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          items={items.map((i) => ({
            key: i.path,
            icon: i.icon,
            label: <Link to={i.path}>{lang === 'zh' ? i.zh : i.en}</Link>,
          }))}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="gr-header">
          <span className="gr-muted">{t('片区', 'Zone')}</span>
          <Select
            value={zone?.id}
            onChange={setZoneId}
            style={{ minWidth: 160 }}
            options={zones.map((z) => ({ value: z.id, label: `${z.name}（${z.street}）` }))}
            aria-label={t('当前片区', 'Current zone')}
            data-testid="zone-select"
            notFoundContent={t('暂无片区，请管理员先创建', 'No zone yet; an admin creates one')}
          />
          <span className="gr-grow" />
          <LangSwitch size="small" />
          <Badge count={unread} size="small">
            <Button type="text" icon={<BellOutlined />} aria-label={t('消息', 'Notifications')} onClick={() => setNoticeOpen(true)} />
          </Badge>
          <Dropdown
            menu={{
              items: [
                { key: 'roles', disabled: true, label: me?.roles.map((r) => L('Role', r)).join('、') },
                ...(me?.unit ? [{ key: 'unit', disabled: true, label: me.unit.name }] : []),
                { type: 'divider' as const },
                { key: 'password', icon: <KeyOutlined />, label: <span data-testid="menu-change-password">{t('修改密码', 'Change password')}</span> },
                { key: 'everywhere', icon: <DisconnectOutlined />, label: <span data-testid="menu-sign-out-everywhere">{t('退出所有设备', 'Sign out everywhere')}</span> },
                { key: 'logout', icon: <LogoutOutlined />, label: t('退出登录', 'Sign out') },
              ],
              onClick: ({ key }) => {
                if (key === 'logout') void signOut().then(() => navigate('/login', { replace: true }));
                if (key === 'password') setPasswordOpen(true);
                if (key === 'everywhere') confirmSignOutEverywhere();
              },
            }}
          >
            <Button type="text" icon={<UserOutlined />} data-testid="user-menu">
              {me?.displayName}
            </Button>
          </Dropdown>
        </Layout.Header>
        <Layout.Content className="gr-content">{children}</Layout.Content>
      </Layout>
      {passwordOpen && <ChangePasswordModal onClose={() => setPasswordOpen(false)} />}
      <Drawer title={t('消息通知', 'Notifications')} open={noticeOpen} onClose={() => setNoticeOpen(false)} size={420}>
        {noticeOpen && <NotificationList route={consoleRoute} onOpen={() => setNoticeOpen(false)} onChange={() => refetchUnread({ requestPolicy: 'network-only' })} />}
      </Drawer>
    </Layout>
  );
}

function Forbidden() {
  const { t } = useLang();
  return <Result status="403" title={t('没有权限', 'Not allowed')} subTitle={t('您的角色不能访问此页面。', 'Your roles do not give access to this page.')} />;
}

function NotFound() {
  const { t } = useLang();
  return <Result status="404" title={t('页面不存在', 'Page not found')} extra={<Link to="/">{t('返回首页', 'Home')}</Link>} />;
}

function NoConsoleRole() {
  const { t } = useLang();
  return (
    <Result
      status="info"
      title={t('您的账号没有管理后台角色', 'Your account has no console role')}
      subTitle={t('居民和白领请使用居民端。', 'Residents and office workers use the portal.')}
      extra={<a href="/">{t('前往居民端', 'Go to the portal')}</a>}
    />
  );
}
