/**
 * The council's calendar: Asia/Shanghai, UTC+8 all year (no daylight saving). Times are stored in
 * UTC; every calendar reading (the day, the hour, the year, a printed time) goes through here.
 */
export const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** The instant shifted so that its UTC fields read Shanghai's wall clock (getUTCHours, getUTCDay…). */
export function shanghaiWallClock(at: Date): Date {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS);
}

/** The calendar day in Asia/Shanghai, YYYY-MM-DD. */
export function shanghaiDay(at: Date): string {
  return shanghaiWallClock(at).toISOString().slice(0, 10);
}

/** Midnight (Asia/Shanghai) that starts the given day, as a UTC instant. */
export function shanghaiMidnight(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - SHANGHAI_OFFSET_MS);
}

/** A calendar year in Asia/Shanghai as UTC instants: [from, to). */
export function shanghaiYear(year: number): { from: Date; to: Date } {
  return { from: new Date(Date.UTC(year, 0, 1) - SHANGHAI_OFFSET_MS), to: new Date(Date.UTC(year + 1, 0, 1) - SHANGHAI_OFFSET_MS) };
}

/** '2026-12-01 14:30' in Asia/Shanghai. */
export function formatShanghai(at: Date): string {
  return shanghaiWallClock(at).toISOString().slice(0, 16).replace('T', ' ');
}
