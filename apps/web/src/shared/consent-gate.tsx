import { lazy, Suspense, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { useSession } from './session';
import { MyConsentDoc, TermsVersionDoc } from './operations';

const ConsentDialog = lazy(() => import('./Consent'));

/**
 * Signed in without having accepted the 用户协议 and 隐私政策 in force: the consent dialog (loaded
 * only then) asks before anything else.
 */
export function ConsentGate({ children }: { children: ReactNode }) {
  const { signedIn } = useSession();
  const [{ data }, refetch] = useQuery({ query: MyConsentDoc, pause: !signedIn, requestPolicy: 'network-only' });
  const [{ data: terms }] = useQuery({ query: TermsVersionDoc, pause: !signedIn });
  const version = terms?.legalTerms.version;
  const needed = signedIn && !!data?.me && !data.me.consent?.current && !!version;
  return (
    <>
      {children}
      {needed && (
        <Suspense fallback={null}>
          <ConsentDialog again={!!data?.me?.consent} version={version} onDone={() => refetch({ requestPolicy: 'network-only' })} />
        </Suspense>
      )}
    </>
  );
}
