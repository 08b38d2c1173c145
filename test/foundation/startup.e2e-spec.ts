import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { UserEntity, UserRoleEntity } from '@app/auth/auth.entities';
import { createApi } from '../../apps/api/bootstrap';
import { ON_MYSQL, startApp, TestApp, testEnv } from '../support/harness';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { id displayName roles } } }';

async function gql(app: NestFastifyApplication, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const req = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
  if (token) req.set('authorization', `Bearer ${token}`);
  return (await req.send({ query, variables })).body;
}

describe('start-up', () => {
  let t: TestApp;
  const extra: NestFastifyApplication[] = [];
  /** Another api process on the same database, started as main.ts does (no reset). */
  const boot = async (overrides: Record<string, string | undefined>) => {
    const app = await createApi(testEnv(overrides), { quiet: true });
    extra.push(app);
    return app;
  };

  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(async () => {
    for (const app of extra) await app.close();
    await t.close();
  });

  describe('ADMIN_USERNAME / ADMIN_PASSWORD', () => {
    it('creates that administrator when none exists; it can sign in and administer', async () => {
      expect(await t.db.getRepository(UserRoleEntity).countBy({ role: 'ADMIN' })).toBe(0);
      const app = await boot({ ADMIN_USERNAME: 'chief', ADMIN_PASSWORD: 'chief-password-1' });
      const user = await t.db.getRepository(UserEntity).findOneByOrFail({ username: 'chief' });
      expect(user.passwordHash).not.toContain('chief-password-1');
      const grants = await t.db.getRepository(UserRoleEntity).findBy({ userId: user.id });
      expect(grants.map((g) => [g.role, g.zoneId])).toEqual([['ADMIN', null]]);

      const login = await gql(app, LOGIN, { u: 'chief', p: 'chief-password-1' });
      expect(login.data.login.user.roles).toEqual(['ADMIN']);
      const z = await gql(app, 'mutation { createZone(name: "竹园片区", street: "陆家嘴街道") { name } }', {}, login.data.login.token);
      expect(z.data.createZone.name).toBe('竹园片区');
    });

    it('leaves things alone when an administrator exists (no second account, password unchanged)', async () => {
      const app = await boot({ ADMIN_USERNAME: 'deputy', ADMIN_PASSWORD: 'deputy-password-1' });
      expect(await t.db.getRepository(UserEntity).countBy({ username: 'deputy' })).toBe(0);
      await boot({ ADMIN_USERNAME: 'chief', ADMIN_PASSWORD: 'another-password-2' });
      expect((await gql(app, LOGIN, { u: 'chief', p: 'chief-password-1' })).data.login.user.roles).toEqual(['ADMIN']);
      expect(await t.db.getRepository(UserRoleEntity).countBy({ role: 'ADMIN' })).toBe(1);
    });

    it('creates nothing when only one of the two is set', async () => {
      await t.db.getRepository(UserRoleEntity).delete({ role: 'ADMIN' });
      await boot({ ADMIN_USERNAME: 'lonely' });
      expect(await t.db.getRepository(UserEntity).countBy({ username: 'lonely' })).toBe(0);
      expect(await t.db.getRepository(UserRoleEntity).countBy({ role: 'ADMIN' })).toBe(0);
    });

    it('two api processes starting at once on an empty database both start, with one administrator', async () => {
      await t.db.getRepository(UserRoleEntity).delete({ role: 'ADMIN' });
      await Promise.all([boot({ ADMIN_USERNAME: 'twin', ADMIN_PASSWORD: 'twin-password-1' }), boot({ ADMIN_USERNAME: 'twin', ADMIN_PASSWORD: 'twin-password-1' })]);
      expect(await t.db.getRepository(UserEntity).countBy({ username: 'twin' })).toBe(1);
      expect(await t.db.getRepository(UserRoleEntity).countBy({ role: 'ADMIN' })).toBe(1);
    });
  });

  describe('GET /health', () => {
    it(`reports the database${ON_MYSQL ? ' and Redis' : ''} up`, async () => {
      const res = await t.http.get('/health');
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('ok');
      expect(res.body.details.database).toEqual({ status: 'up' });
      if (ON_MYSQL) expect(res.body.details.redis).toEqual({ status: 'up' });
      else expect(res.body.details.redis).toBeUndefined();
    });

    it('needs no sign-in', async () => {
      const res = await t.http.get('/health').set('accept', 'application/json');
      expect(res.status).toBe(200);
    });

    it('answers a stale token with 401 (not a server error)', async () => {
      const res = await t.http.get('/health').set('authorization', 'Bearer not-a-token');
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
    });
  });
});
