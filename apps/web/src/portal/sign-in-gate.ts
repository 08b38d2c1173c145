import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useSession } from '../shared/session';

/** The login page, coming back to `next` (a path of this app) after signing in. */
export function loginPath(next: string): string {
  return next && next !== '/' ? `/login?next=${encodeURIComponent(next)}` : '/login';
}

/**
 * Where to go after signing in: the `next` (or `from`) parameter when it is a path of this
 * app — never another site (`//evil`, `/\evil`, `https://…`) and never the login page again.
 */
export function afterSignIn(params: URLSearchParams): string {
  const next = params.get('next') ?? params.get('from') ?? '';
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/login')) return '/';
  return next;
}

/** Pages that visitors may see without signing in (see the routes in App.tsx). */
export function isPublicPath(path: string): boolean {
  return /^\/(menu|projects|projects\/[^/?#]+|needs\/[^/?#]+|surveys|selections)?\/?([?#].*)?$/.test(path);
}

/**
 * For actions that need an account (submit, 我也需要, volunteer, vote, answer…): returns a
 * check that is true when signed in; otherwise it sends the visitor to the login page, which
 * brings them back to the page they are on.
 */
export function useSignInGate(): () => boolean {
  const { signedIn } = useSession();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  return useCallback(() => {
    if (signedIn) return true;
    navigate(loginPath(pathname + search));
    return false;
  }, [signedIn, navigate, pathname, search]);
}
