import { ZoneEntity } from '@app/org/org.entities';
import { firstError, useWorld } from '../support/suite';

/** Nested fields below `zones`, alternating communities / zone, ending in `id`: `levels` field levels in all. */
function chain(levels: number, first: 'communities' | 'zone' = 'communities'): string {
  const fields: string[] = [];
  const other = first === 'communities' ? 'zone' : 'communities';
  for (let i = 0; i < levels - 1; i++) fields.push(i % 2 === 0 ? first : other);
  return fields.map((f) => `${f} { `).join('') + 'id' + ' }'.repeat(fields.length);
}
/** `zones { communities { zone { … id } } }` with `levels` field levels. */
const deepZones = (levels: number) => `zones { ${chain(levels - 1)} }`;

describe('GraphQL endpoint protections', () => {
  const { t, w } = useWorld();

  describe('query depth (10) and aliases (20)', () => {
    it('runs a query exactly at the depth limit', async () => {
      const r = await t.gql(`{ ${deepZones(10)} }`);
      expect(r.errors).toBeUndefined();
      expect(r.data.zones).toHaveLength(2);
    });

    it('refuses a query one level deeper with BAD_USER_INPUT naming the limit', async () => {
      const r = await t.gql(`{ ${deepZones(11)} }`);
      const e = firstError(r);
      expect(e.code).toBe('BAD_USER_INPUT');
      expect(e.message).toMatch(/10/);
      expect(e.message).toMatch(/depth/i);
      expect(r.data ?? null).toBeNull();
    });

    it('refuses an over-deep mutation before it runs (nothing is created)', async () => {
      const before = await t.db.getRepository(ZoneEntity).count();
      // createZone(1) + 10 levels below it
      const e = firstError(await t.gql(`mutation { createZone(name: "深层片区", street: "陆家嘴街道") { ${chain(10)} } }`, {}, w.admin.token));
      expect(e.code).toBe('BAD_USER_INPUT');
      expect(e.message).toMatch(/depth/i);
      expect(await t.db.getRepository(ZoneEntity).count()).toBe(before);
    });

    it('counts depth through fragments as the fields they hold', async () => {
      // zones(1) communities(2) zone(3), then the fragment's fields: communities(4) … id
      const q = (levels: number) => `fragment Deep on Zone { ${chain(levels - 3)} } query { zones { communities { zone { ...Deep } } } }`;
      const ok = await t.gql(q(10));
      expect(ok.errors).toBeUndefined();
      expect(firstError(await t.gql(q(11))).message).toMatch(/depth/i);
    });

    it('runs 20 aliases and refuses 21 with BAD_USER_INPUT naming the limit', async () => {
      const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: zones { id }`).join(' ');
      const ok = await t.gql(`{ ${aliases(20)} }`);
      expect(ok.errors).toBeUndefined();
      expect(Object.keys(ok.data)).toHaveLength(20);
      const e = firstError(await t.gql(`{ ${aliases(21)} }`));
      expect(e.code).toBe('BAD_USER_INPUT');
      expect(e.message).toMatch(/20/);
      expect(e.message).toMatch(/alias/i);
    });

    it('refuses 21 aliased mutations before any runs', async () => {
      const before = await t.db.getRepository(ZoneEntity).count();
      const m = Array.from({ length: 21 }, (_, i) => `z${i}: createZone(name: "别名片区${i}", street: "陆家嘴街道") { id }`).join(' ');
      expect(firstError(await t.gql(`mutation { ${m} }`, {}, w.admin.token))).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/alias/i) });
      expect(await t.db.getRepository(ZoneEntity).count()).toBe(before);
    });
  });

  describe('transport', () => {
    it('refuses a batched (array) body', async () => {
      const res = await t.http.post('/graphql').set('content-type', 'application/json').send([{ query: '{ zones { id } }' }, { query: '{ me { id } }' }]);
      expect(res.status).toBe(400);
      expect(res.body.data).toBeUndefined();
      expect(JSON.stringify(res.body)).toMatch(/batch/i);
    });

    it('refuses a GET without a preflight header (CSRF)', async () => {
      const res = await t.http.get('/graphql').query({ query: '{ zones { id } }' });
      expect(res.status).toBe(400);
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors[0].message).toMatch(/CSRF/);
    });

    it('refuses a text/plain POST (a "simple" cross-site request) without a preflight header', async () => {
      const res = await t.http
        .post('/graphql')
        .set('content-type', 'text/plain')
        .send(JSON.stringify({ query: 'mutation { createZone(name: "跨站片区", street: "陆家嘴街道") { id } }' }));
      expect(res.status).toBe(400);
      expect(res.body.errors[0].message).toMatch(/CSRF/);
      expect(await t.db.getRepository(ZoneEntity).countBy({ name: '跨站片区' })).toBe(0);
    });

    it.each(['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])('refuses a %s POST', async (type) => {
      const res = await t.http.post('/graphql').set('content-type', type).send('query=%7Bzones%7Bid%7D%7D');
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.body?.data).toBeUndefined();
    });

    it('answers a GET query that carries the preflight header (control)', async () => {
      const res = await t.http.get('/graphql').query({ query: '{ zones { id } }' }).set('apollo-require-preflight', 'true');
      expect(res.status).toBe(200);
      expect(res.body.data.zones).toHaveLength(2);
    });

    it('never runs a mutation sent by GET', async () => {
      const res = await t.http
        .get('/graphql')
        .query({ query: 'mutation { createZone(name: "GET片区", street: "陆家嘴街道") { id } }' })
        .set('apollo-require-preflight', 'true')
        .set('authorization', `Bearer ${w.admin.token}`);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(await t.db.getRepository(ZoneEntity).countBy({ name: 'GET片区' })).toBe(0);
    });
  });

  describe('outside production', () => {
    it('answers introspection (development tools need it)', async () => {
      const d = await t.ok('{ __schema { queryType { name } } }');
      expect(d.__schema.queryType.name).toBe('Query');
    });

    it('refuses a syntax error and an unknown field with BAD_USER_INPUT', async () => {
      expect(firstError(await t.gql('{ zones { id ')).code).toBe('BAD_USER_INPUT');
      expect(firstError(await t.gql('{ zones { nope } }')).code).toBe('BAD_USER_INPUT');
    });
  });
});
