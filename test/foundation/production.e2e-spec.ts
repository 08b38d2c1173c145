import { OrgService } from '@app/org/org.service';
import { DEV_CODE, startApp, TestApp } from '../support/harness';
import { buildWorld, World, nextPhone } from '../support/world';
import { firstError } from '../support/suite';

/** The api as deployed: NODE_ENV=production, a real JWT secret, no development code. */
describe('in production', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startApp({ NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-some-length', AUTH_DEV_LOGIN_CODE: undefined, LOG_LEVEL: 'silent' });
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('refuses introspection (__schema and __type)', async () => {
    for (const q of ['{ __schema { types { name } } }', '{ __type(name: "Query") { fields { name } } }']) {
      const r = await t.gql(q);
      const e = firstError(r);
      expect(e.code).toBe('BAD_USER_INPUT');
      expect(e.message).toMatch(/introspection/i);
      expect(r.data ?? null).toBeNull();
    }
  });

  it('still answers ordinary queries (control)', async () => {
    expect((await t.ok('{ zones { name } }')).zones).toHaveLength(2);
    expect((await t.ok('{ me { id } }', {}, w.staff.token)).me.id).toBe(String(w.staff.id));
  });

  it('hides an internal error: a generic message, no stack, no detail', async () => {
    const spy = jest.spyOn(t.app.get(OrgService), 'zones').mockRejectedValueOnce(new Error('connect ECONNREFUSED 10.0.0.5:3306 at /srv/app/libs/org/org.service.ts:42'));
    try {
      const res = await t.http.post('/graphql').set('content-type', 'application/json').send({ query: '{ zones { id } }' });
      const body = JSON.stringify(res.body);
      expect(res.body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(res.body.errors[0].message).toMatch(/internal server error/);
      expect(body).not.toMatch(/ECONNREFUSED|10\.0\.0\.5|org\.service|\/srv\/|stack|exception/i);
      expect(res.body.errors[0].extensions.stacktrace).toBeUndefined();
    } finally {
      spy.mockRestore();
    }
  });

  it('shows no stack on an expected refusal either', async () => {
    const r = await t.gql('mutation { createZone(name: "", street: "x") { id } }', {}, w.admin.token);
    // code, reason, its params and the field (params also spread, as every refusal): nothing else (no stacktrace, no exception)
    expect(r.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'empty', params: { label: '片区名称', field: 'name' }, field: 'name', label: '片区名称' });
    const f = await t.gql('mutation { createZone(name: "x", street: "x") { id } }', {}, w.residents[0].token);
    expect(f.errors![0].extensions).toEqual({ code: 'FORBIDDEN', reason: 'requiresGlobalAdmin', params: {} });
  });

  it('accepts no development code', async () => {
    const e = firstError(await t.gql('mutation($p: String!, $c: String!) { loginWithCode(phone: $p, code: $c) { token } }', { p: nextPhone(), c: DEV_CODE }));
    expect(e.code).toBe('UNAUTHENTICATED');
  });

  it('serves no GraphiQL page', async () => {
    const res = await t.http.get('/graphql').set('accept', 'text/html');
    expect(res.text).not.toMatch(/graphiql/i);
  });
});
