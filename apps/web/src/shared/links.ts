/**
 * A notification's link (Notification.link: /needs/3, /projects/12, /surveys/4, /meetings/2) as a
 * route of each app, or null when that app has no page for it.
 */
const clean = (link: string) => link.replace(/^\/console(?=\/)/, '');

export function portalRoute(link: string): string | null {
  const l = clean(link);
  return /^\/(needs|projects|surveys)\/\d+$/.test(l) ? l : null;
}

export function consoleRoute(link: string): string | null {
  const l = clean(link);
  return /^\/(projects|surveys|meetings)\/\d+$/.test(l) ? l : null;
}
