import { lazy, Suspense, type ReactNode } from 'react';
import { Link, Navigate, NavLink, Route, Routes, useLocation } from 'react-router-dom';
import { sessionExpired } from '../shared/session-store';
import { Badge } from 'antd';
import { BellOutlined, FileTextOutlined, HomeOutlined, ProjectOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useLang } from '../shared/i18n';
import { useSession } from '../shared/session';
import { UnreadCountDoc } from '../shared/operations';
import { Loading } from '../shared/ui';
import { afterSignIn, loginPath } from './sign-in-gate';
import { ConsentGate } from '../shared/consent-gate';

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
const DeleteAccount = lazy(() => import('./pages/DeleteAccount'));
const Resources = lazy(() => import('./pages/Resources'));

/**
 * The resident portal (居民端): mobile first, a top bar and a tab bar around lazy pages.
 * The public parts (home, needs menu, projects, a project, a need, open surveys, selections)
 * are open to visitors who are not signed in, as on civic platforms; the rest sends them to
 * the login page, which brings them back afterwards.
 */
export function PortalApp() {
  const { signedIn, loading } = useSession();
  if (loading) return <Loading />;
  return (
    <ConsentGate>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/login" element={signedIn ? <BackFromLogin /> : <Login />} />
          <Route path="/" element={<Frame><Home /></Frame>} />
          <Route path="/submit" element={<Signed><Submit /></Signed>} />
          <Route path="/my-needs" element={<Signed><MyNeeds /></Signed>} />
          <Route path="/needs/:id" element={<Frame><NeedDetail /></Frame>} />
          <Route path="/menu" element={<Frame><Menu /></Frame>} />
          <Route path="/projects" element={<Frame><Projects /></Frame>} />
          <Route path="/projects/:id" element={<Frame><ProjectDetail /></Frame>} />
          <Route path="/surveys" element={<Frame><Surveys /></Frame>} />
          <Route path="/surveys/:id" element={<Signed><SurveyAnswer /></Signed>} />
          <Route path="/selections" element={<Frame><Selections /></Frame>} />
          <Route path="/resources" element={<Frame><Resources /></Frame>} />
          <Route path="/notifications" element={<Signed><Notifications /></Signed>} />
          <Route path="/me" element={<Signed><Me /></Signed>} />
          <Route path="/me/delete" element={<Signed><DeleteAccount /></Signed>} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Suspense>
    </ConsentGate>
  );
}

/** Signed in already: on to where the login page would have gone. */
function BackFromLogin() {
  const location = useLocation();
  return <Navigate to={afterSignIn(new URLSearchParams(location.search))} replace />;
}

/** A page that needs an account; visitors go to the login page and come back here. */
function Signed({ children }: { children: ReactNode }) {
  const { signedIn } = useSession();
  const location = useLocation();
  if (!signedIn) return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  return <Frame>{children}</Frame>;
}

/** The page and the tab bar. */
function Frame({ children }: { children: ReactNode }) {
  return (
    <div className="gr-portal">
      <ExpiredBanner />
      {children}
      <TabBar />
    </div>
  );
}

/** A session that ran out while browsing a public page: say so, with a sign-in that comes back here. */
function ExpiredBanner() {
  const { t } = useLang();
  const { signedIn } = useSession();
  const { pathname, search } = useLocation();
  if (signedIn || !sessionExpired('portal')) return null;
  return (
    <div className="gr-expired" role="status" data-testid="session-expired-banner">
      {t('登录已过期。', 'Your session has expired. ')}
      <Link to={loginPath(pathname + search)}>{t('重新登录', 'Sign in again')}</Link>
    </div>
  );
}

function TabBar() {
  const { t } = useLang();
  const { signedIn } = useSession();
  // signed out, "my needs", "messages" and "me" lead to the login page (their routes send there)
  const [{ data }] = useQuery({ query: UnreadCountDoc, requestPolicy: 'cache-and-network', pause: !signedIn });
  const unread = signedIn ? (data?.myNotifications.unreadCount ?? 0) : 0;
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
