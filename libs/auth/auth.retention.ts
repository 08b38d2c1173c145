import { DataSource, IsNull, LessThan } from 'typeorm';
import { deleteInBatches } from '@app/jobs/outbox.retention';
import { LoginCodeEntity, LoginLockoutEntity } from './auth.entities';

/**
 * What sign-in leaves behind: one-time codes that expired before `codesExpiredBefore` (a code lives
 * 5 minutes; used or not, it is worthless after), and wrong-code counters untouched since
 * `lockoutsIdleSince` whose lock (if any) has run out.
 */
export async function purgeSignInLeftovers(db: DataSource, now: Date, codesExpiredBefore: Date, lockoutsIdleSince: Date): Promise<{ loginCodes: number; loginLockouts: number }> {
  const loginCodes = await deleteInBatches(db, LoginCodeEntity, { expiresAt: LessThan(codesExpiredBefore) });
  const lockouts = db.getRepository(LoginLockoutEntity);
  const stale = await lockouts.delete({ updatedAt: LessThan(lockoutsIdleSince), lockedUntil: IsNull() });
  const expired = await lockouts.delete({ updatedAt: LessThan(lockoutsIdleSince), lockedUntil: LessThan(now) });
  return { loginCodes, loginLockouts: (stale.affected ?? 0) + (expired.affected ?? 0) };
}
