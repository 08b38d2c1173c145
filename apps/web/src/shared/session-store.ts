/**
 * The portal and the console keep separate sessions (a resident and a staff member may share a
 * device). The session itself is an HttpOnly cookie the api sets at sign-in: no script on the page
 * can read it. Every request names its app in the X-GR-Session header; the api reads the cookie only
 * on requests that carry it, which a page on another site cannot send (CSRF).
 */
export type Area = 'portal' | 'console';

export const SESSION_HEADER = 'x-gr-session';

/** The headers every request of this app carries. */
export function sessionHeaders(area: Area): Record<string, string> {
  return { [SESSION_HEADER]: area };
}

/** Ends this app's session: the api clears the cookie. */
export async function endSession(area: Area): Promise<void> {
  try {
    await fetch('/auth/sign-out', { method: 'POST', headers: sessionHeaders(area), credentials: 'same-origin' });
  } catch {
    /* offline: the cookie runs out on its own */
  }
}

/** Tokens kept in localStorage by earlier versions are forgotten. */
export function forgetStoredToken(area: Area): void {
  try {
    localStorage.removeItem(`gr.${area}.token`);
  } catch {
    /* storage unavailable */
  }
}

const expiredKey = (area: Area) => `gr.${area}.expired`;

/** The session ended on its own (expired or revoked) while the person was using the app: say so at sign-in. */
export function markSessionExpired(area: Area): void {
  try {
    sessionStorage.setItem(expiredKey(area), '1');
  } catch {
    /* storage unavailable */
  }
}

/** Whether the last session of this app ended on its own; `clear` forgets it (after signing in again). */
export function sessionExpired(area: Area, clear = false): boolean {
  try {
    const was = sessionStorage.getItem(expiredKey(area)) === '1';
    if (clear) sessionStorage.removeItem(expiredKey(area));
    return was;
  } catch {
    return false;
  }
}
