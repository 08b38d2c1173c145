import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Provider, useQuery } from 'urql';
import { createClient } from './client';
import { endSession, forgetStoredToken, markSessionExpired, type Area } from './session-store';
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
  /** after a successful login mutation (its answer set the session cookie) */
  signIn: () => void;
  signOut: () => Promise<void>;
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
  // the api refused the session (UNAUTHENTICATED while signed in): nobody is signed in from now
  // until the next sign-in, whatever a cached answer still says
  const [refused, setRefused] = useState(false);
  const refuse = useCallback(() => {
    setRefused(true);
    bump();
  }, [bump]);
  const changed = useCallback(() => {
    setRefused(false);
    bump();
  }, [bump]);
  // whether the app believes someone is signed in (an UNAUTHENTICATED answer then ends the session)
  const signedIn = useRef(false);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const client = useMemo(() => createClient(area, () => signedIn.current, refuse), [area, refuse, epoch]);
  useEffect(() => forgetStoredToken(area), [area]);
  return (
    <LangProvider>
      <Provider value={client}>
        <SessionProvider area={area} onChange={changed} refused={refused} signedInRef={signedIn}>
          <ZoneProvider>{children}</ZoneProvider>
        </SessionProvider>
      </Provider>
    </LangProvider>
  );
}

function SessionProvider({ area, onChange, refused, signedInRef, children }: { area: Area; onChange: () => void; refused: boolean; signedInRef: { current: boolean }; children: ReactNode }) {
  // the session cookie is HttpOnly: who is signed in is asked of the api
  const [{ data, fetching, stale }, refetch] = useQuery({ query: MeDoc, requestPolicy: 'network-only' });
  const me = refused ? null : (data?.me ?? null);
  // someone was signed in and the api now answers that nobody is, without a sign-out here: the
  // session ran out (expired or revoked); the sign-in page says so (marked before it renders)
  const seen = useRef<string | null>(null);
  const signingOut = useRef(false);
  if (me) seen.current = me.id;
  else if (data && !fetching && seen.current) {
    if (!signingOut.current) markSessionExpired(area);
    seen.current = null;
    signingOut.current = false;
  }
  signedInRef.current = !!me;

  const value = useMemo<SessionValue>(
    () => ({
      area,
      me,
      loading: (fetching || stale) && !data,
      signedIn: !!me,
      signIn: () => onChange(),
      signOut: async () => {
        signingOut.current = true;
        signedInRef.current = false;
        await endSession(area);
        onChange();
      },
      refreshMe: () => refetch({ requestPolicy: 'network-only' }),
      hasRole: (...roles) => !!me && roles.some((r) => me.roles.includes(r)),
    }),
    [area, me, fetching, stale, data, onChange, refetch, signedInRef],
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
