/**
 * Where a signed-in person's token lives. The portal and the console keep separate tokens
 * (a resident and a staff member may share a device), each in localStorage.
 */
export type Area = 'portal' | 'console';

const key = (area: Area) => `gr.${area}.token`;

export function getToken(area: Area): string | null {
  try {
    return localStorage.getItem(key(area));
  } catch {
    return null;
  }
}

export function setToken(area: Area, token: string | null): void {
  try {
    if (token) localStorage.setItem(key(area), token);
    else localStorage.removeItem(key(area));
  } catch {
    /* storage unavailable */
  }
}
