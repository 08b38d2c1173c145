import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, NavLink, Route, Routes, useLocation } from 'react-router-dom';
import { Badge } from 'antd';
import { BellOutlined, FileTextOutlined, HomeOutlined, ProjectOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useLang } from '../shared/i18n';
import { useSession } from '../shared/session';
import { UnreadCountDoc } from '../shared/operations';
import { Loading } from '../shared/ui';

const Login = lazy(() => import('./pages/Login'));
const Home = lazy(() => import('./pages/Home'));
const Submit = lazy(() => import('./pages/Submit'));
const MyNeeds = lazy(() => import('./pages/MyNeeds'));
const NeedDetail = lazy(() => import('./pages/NeedDetail'));
const Menu = lazy(() => import('./pages/Menu'));
const Projects = lazy(() => import('./pages/Projects'));
const ProjectDetail = lazy(() => import('./pages/ProjectDetail'));
const Surveys = lazy(() => import('./pages/Surveys'));
const SurveyAnswer = lazy(() => import('./pages/SurveyAnswer'));
const Selections = lazy(() => import('./pages/Selections'));
const Notifications = lazy(() => import('./pages/Notifications'));
const Me = lazy(() => import('./pages/Me'));

/** The resident portal (居民端): mobile first, a top bar and a tab bar around lazy pages. */
export function PortalApp() {
  const { signedIn, loading } = useSession();
  if (loading) return <Loading />;
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/login" element={signedIn ? <Navigate to="/" replace /> : <Login />} />
        <Route path="/" element={<Signed><Home /></Signed>} />
        <Route path="/submit" element={<Signed><Submit /></Signed>} />
        <Route path="/my-needs" element={<Signed><MyNeeds /></Signed>} />
        <Route path="/needs/:id" element={<Signed><NeedDetail /></Signed>} />
        <Route path="/menu" element={<Signed><Menu /></Signed>} />
        <Route path="/projects" element={<Signed><Projects /></Signed>} />
        <Route path="/projects/:id" element={<Signed><ProjectDetail /></Signed>} />
        <Route path="/surveys" element={<Signed><Surveys /></Signed>} />
        <Route path="/surveys/:id" element={<Signed><SurveyAnswer /></Signed>} />
        <Route path="/selections" element={<Signed><Selections /></Signed>} />
        <Route path="/notifications" element={<Signed><Notifications /></Signed>} />
        <Route path="/me" element={<Signed><Me /></Signed>} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </Suspense>
  );
}

function Signed({ children }: { children: ReactNode }) {
  const { signedIn } = useSession();
  const location = useLocation();
  if (!signedIn) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return (
    <div className="gr-portal">
      {children}
      <TabBar />
    </div>
  );
}

function TabBar() {
  const { t } = useLang();
  const [{ data }] = useQuery({ query: UnreadCountDoc, requestPolicy: 'cache-and-network' });
  const unread = data?.myNotifications.unreadCount ?? 0;
  const tab = (to: string, icon: ReactNode, text: string, end = false) => (
    <NavLink to={to} end={end} className={({ isActive }) => (isActive ? 'active' : '')}>
      {icon}
      <span>{text}</span>
    </NavLink>
  );
  return (
    <footer className="gr-tabbar">
      <nav aria-label={t('主导航', 'Main navigation')}>
        {tab('/', <HomeOutlined />, t('首页', 'Home'), true)}
        {tab('/projects', <ProjectOutlined />, t('项目清单', 'Projects'))}
        {tab('/my-needs', <FileTextOutlined />, t('我的需求', 'My needs'))}
        {tab(
          '/notifications',
          <Badge count={unread} size="small" offset={[6, 0]} data-testid="unread-badge">
            <BellOutlined />
          </Badge>,
          t('消息', 'Messages'),
        )}
        {tab('/me', <UserOutlined />, t('我的', 'Me'))}
      </nav>
    </footer>
  );
}
