import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Provider, useQuery } from 'urql';
import { createClient } from './client';
import { getToken, setToken, type Area } from './session-store';
import { LangProvider } from './i18n';
import { MeDoc, ZonesDoc } from './operations';
import type { MeQuery, ZonesQuery } from './gql/graphql';

export type Me = NonNullable<MeQuery['me']>;
export type ZoneInfo = ZonesQuery['zones'][number];
export type RoleName = Me['roles'][number];

interface SessionValue {
  area: Area;
  me: Me | null;
  loading: boolean;
  signedIn: boolean;
  signIn: (token: string) => void;
  signOut: () => void;
  refreshMe: () => void;
  hasRole: (...roles: RoleName[]) => boolean;
}

interface ZoneValue {
  zones: ZoneInfo[];
  zone: ZoneInfo | null;
  zoneId: string | null;
  setZoneId: (id: string) => void;
  loading: boolean;
  refreshZones: () => void;
}

const SessionContext = createContext<SessionValue | null>(null);
const ZoneContext = createContext<ZoneValue | null>(null);
const ZONE_KEY = 'gr.zone';

/**
 * Everything an app needs around its pages: language and Ant Design locale, the GraphQL
 * client (rebuilt on sign-in and sign-out so that no cached data outlives a session),
 * the signed-in person and the current zone.
 */
export function AppRoot({ area, children }: { area: Area; children: ReactNode }) {
  const [epoch, setEpoch] = useState(0);
  const bump = useCallback(() => setEpoch((e) => e + 1), []);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const client = useMemo(() => createClient(area, bump), [area, bump, epoch]);
  return (
    <LangProvider>
      <Provider value={client}>
        <SessionProvider area={area} onChange={bump}>
          <ZoneProvider>{children}</ZoneProvider>
        </SessionProvider>
      </Provider>
    </LangProvider>
  );
}

function SessionProvider({ area, onChange, children }: { area: Area; onChange: () => void; children: ReactNode }) {
  const hasToken = !!getToken(area);
  const [{ data, fetching, stale }, refetch] = useQuery({ query: MeDoc, requestPolicy: 'network-only', pause: !hasToken });
  const me = hasToken ? (data?.me ?? null) : null;

  const value = useMemo<SessionValue>(
    () => ({
      area,
      me,
      loading: hasToken && (fetching || stale) && !data,
      signedIn: !!me,
      signIn: (token) => {
        setToken(area, token);
        onChange();
      },
      signOut: () => {
        setToken(area, null);
        onChange();
      },
      refreshMe: () => refetch({ requestPolicy: 'network-only' }),
      hasRole: (...roles) => !!me && roles.some((r) => me.roles.includes(r)),
    }),
    [area, me, hasToken, fetching, stale, data, onChange, refetch],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/**
 * The current zone: the one chosen last on this device (localStorage), else the first of
 * `zones`. The portal asks for zones without a token too (a public query), so that visitors
 * who are not signed in browse the first zone; the console waits for a signed-in person.
 */
function ZoneProvider({ children }: { children: ReactNode }) {
  const { signedIn, area } = useSession();
  const [{ data, fetching }, refetch] = useQuery({ query: ZonesDoc, pause: !signedIn && area !== 'portal' });
  const [chosen, setChosen] = useState<string | null>(() => {
    try {
      return localStorage.getItem(ZONE_KEY);
    } catch {
      return null;
    }
  });
  const zones = useMemo(() => data?.zones ?? [], [data]);
  const zone = zones.find((z) => z.id === chosen) ?? zones[0] ?? null;

  useEffect(() => {
    if (zone && zone.id !== chosen) setChosen(zone.id);
  }, [zone, chosen]);

  const value = useMemo<ZoneValue>(
    () => ({
      zones,
      zone,
      zoneId: zone?.id ?? null,
      loading: fetching && !data,
      setZoneId: (id) => {
        setChosen(id);
        try {
          localStorage.setItem(ZONE_KEY, id);
        } catch {
          /* ignore */
        }
      },
      refreshZones: () => refetch({ requestPolicy: 'network-only' }),
    }),
    [zones, zone, fetching, data, refetch],
  );
  return <ZoneContext.Provider value={value}>{children}</ZoneContext.Provider>;
}

export function useSession(): SessionValue {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside AppRoot');
  return ctx;
}

export function useZone(): ZoneValue {
  const ctx = useContext(ZoneContext);
  if (!ctx) throw new Error('useZone outside AppRoot');
  return ctx;
}
