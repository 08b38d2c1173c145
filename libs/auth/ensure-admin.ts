import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Env } from '@config/env';
import { isUniqueViolation } from '@app/common/errors';
import { Role } from '@app/common/glossary';
import { UserEntity, UserRoleEntity } from './auth.entities';
import { AuthService, normalizeUsername } from './auth.service';

/** ADMIN_USERNAME / ADMIN_PASSWORD: at start, create that ADMIN when no admin exists yet. */
export async function ensureAdmin(db: DataSource, env: Env): Promise<void> {
  if (!env.ADMIN_USERNAME || !env.ADMIN_PASSWORD) return;
  const admins = await db.getRepository(UserRoleEntity).count({ where: { role: Role.ADMIN } });
  if (admins > 0) return;
  const username = normalizeUsername(env.ADMIN_USERNAME);
  const passwordHash = await AuthService.hashPassword(env.ADMIN_PASSWORD);
  let created = false;
  try {
    created = await db.transaction(async (m) => {
      // looked at again inside the transaction: another api process may have just done it
      if ((await m.getRepository(UserRoleEntity).count({ where: { role: Role.ADMIN } })) > 0) return false;
      let user = await m.getRepository(UserEntity).findOneBy({ username });
      if (!user) {
        user = await m.getRepository(UserEntity).save(
          m.getRepository(UserEntity).create({ username, passwordHash, displayName: '系统管理员', specialties: [], isPartyMember: false }),
        );
      }
      await m.getRepository(UserRoleEntity).insert({ userId: user.id, role: Role.ADMIN, zoneId: null });
      return true;
    });
  } catch (e) {
    // another api process starting at the same moment created the account first: nothing to do
    if (isUniqueViolation(e) && (await db.getRepository(UserRoleEntity).count({ where: { role: Role.ADMIN } })) > 0) return;
    throw e;
  }
  if (created) new Logger('Admin').log(`created administrator ${env.ADMIN_USERNAME}`);
}
