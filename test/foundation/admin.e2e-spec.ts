import { UserEntity, UserRoleEntity } from '@app/auth/auth.entities';
import { BuildingEntity, CommunityEntity, MemberUnitEntity, PartyOrgEntity, ZoneEntity } from '@app/org/org.entities';
import { startApp, TestApp } from '../support/harness';
import { Actor, buildWorld, World } from '../support/world';
import { firstError } from '../support/suite';

const CREATE_ZONE = 'mutation($name: String!, $street: String!) { createZone(name: $name, street: $street) { id name street } }';
const CREATE_COMMUNITY = 'mutation($zoneId: ID!, $name: String!) { createCommunity(zoneId: $zoneId, name: $name) { id name zone { id } } }';
const CREATE_BUILDING = 'mutation($zoneId: ID!, $name: String!) { createBuilding(zoneId: $zoneId, name: $name) { id name zone { id } } }';
const CREATE_UNIT = `mutation($zoneId: ID!, $name: String!, $kind: UnitKind!, $buildingId: ID) {
  createUnit(zoneId: $zoneId, name: $name, kind: $kind, buildingId: $buildingId) { id name kind zone { id } building { id name } }
}`;
const CREATE_STAFF = `mutation($username: String!, $password: String!, $displayName: String!, $roles: [Role!]!, $zoneIds: [ID!]!, $unitId: ID) {
  createStaffUser(username: $username, password: $password, displayName: $displayName, roles: $roles, zoneIds: $zoneIds, unitId: $unitId) {
    id displayName roles unit { id }
  }
}`;
const CREATE_PARTY_ORG = `mutation($zoneId: ID!, $name: String!, $level: PartyOrgLevel!, $parentId: ID, $unitId: ID, $communityId: ID, $buildingId: ID) {
  createPartyOrg(zoneId: $zoneId, name: $name, level: $level, parentId: $parentId, unitId: $unitId, communityId: $communityId, buildingId: $buildingId) {
    id name level parentId unitId communityId buildingId
  }
}`;
const ZONE = '{ zones { id name street communities { id name } buildings { id name } } }';

describe('administration (ADMIN only)', () => {
  let t: TestApp;
  let w: World;
  let others: [string, Actor][];
  beforeAll(async () => {
    t = await startApp();
    w = await buildWorld(t);
    others = [
      ['COUNCIL_STAFF', w.staff],
      ['BOARD_MEMBER', w.board[0]],
      ['PARTY_COMMITTEE', w.party],
      ['UNIT_ADMIN', w.unitAdmins[0]],
      ['RESIDENT', w.residents[0]],
      ['WHITE_COLLAR', w.worker],
    ];
  });
  afterAll(() => t.close());

  /** Each admin mutation, with variables that would succeed for an ADMIN, and how to count its rows. */
  const mutations = () =>
    [
      { name: 'createZone', query: CREATE_ZONE, vars: { name: '竹园片区', street: '陆家嘴街道' }, count: () => t.db.getRepository(ZoneEntity).count() },
      { name: 'createCommunity', query: CREATE_COMMUNITY, vars: { zoneId: String(w.zoneId), name: '市新居民区' }, count: () => t.db.getRepository(CommunityEntity).count() },
      { name: 'createBuilding', query: CREATE_BUILDING, vars: { zoneId: String(w.zoneId), name: '国际航运金融大厦' }, count: () => t.db.getRepository(BuildingEntity).count() },
      {
        name: 'createUnit',
        query: CREATE_UNIT,
        vars: { zoneId: String(w.zoneId), name: '建工集团', kind: 'ENTERPRISE', buildingId: String(w.buildingId) },
        count: () => t.db.getRepository(MemberUnitEntity).count(),
      },
      {
        name: 'createStaffUser',
        query: CREATE_STAFF,
        vars: { username: 'newstaff', password: 'long-enough-1', displayName: '新社工', roles: ['COUNCIL_STAFF'], zoneIds: [String(w.zoneId)] },
        count: () => t.db.getRepository(UserEntity).count(),
      },
      {
        name: 'createPartyOrg',
        query: CREATE_PARTY_ORG,
        vars: { zoneId: String(w.zoneId), name: '建工片区联合党委', level: 'COMMITTEE' },
        count: () => t.db.getRepository(PartyOrgEntity).count(),
      },
    ] as const;

  describe('refused to everyone but ADMIN', () => {
    it.each(['createZone', 'createCommunity', 'createBuilding', 'createUnit', 'createStaffUser', 'createPartyOrg'])(
      '%s: FORBIDDEN for every other role, UNAUTHENTICATED without a token, nothing written',
      async (name) => {
        const m = mutations().find((x) => x.name === name)!;
        const before = await m.count();
        for (const [role, actor] of others) {
          const e = firstError(await t.gql(m.query, m.vars, actor.token));
          expect([role, e.code]).toEqual([role, 'FORBIDDEN']);
        }
        expect(firstError(await t.gql(m.query, m.vars)).code).toBe('UNAUTHENTICATED');
        expect(await m.count()).toBe(before);
      },
    );
  });

  describe('as ADMIN', () => {
    const admin = () => w.admin.token;

    it('creates a zone, listed by zones and found by zone(id)', async () => {
      const d = await t.ok(CREATE_ZONE, { name: ' 竹园片区 ', street: '陆家嘴街道' }, admin());
      expect(d.createZone).toEqual({ id: expect.any(String), name: '竹园片区', street: '陆家嘴街道' });
      const zones = (await t.ok(ZONE)).zones;
      expect(zones.map((z: { name: string }) => z.name)).toEqual(['建工片区', '梅园片区', '竹园片区']);
      const one = await t.ok('query($id: ID!) { zone(id: $id) { id name street communities { id } buildings { id } } }', { id: d.createZone.id });
      expect(one.zone).toEqual({ ...d.createZone, communities: [], buildings: [] });
    });

    it('creates a community and a building, shown under their zone', async () => {
      const c = await t.ok(CREATE_COMMUNITY, { zoneId: String(w.zoneId), name: '市新居民区' }, admin());
      const b = await t.ok(CREATE_BUILDING, { zoneId: String(w.zoneId), name: '国际航运金融大厦' }, admin());
      expect(c.createCommunity).toMatchObject({ name: '市新居民区', zone: { id: String(w.zoneId) } });
      expect(b.createBuilding).toMatchObject({ name: '国际航运金融大厦', zone: { id: String(w.zoneId) } });
      const zone = (await t.ok('query($id: ID!) { zone(id: $id) { communities { id name } buildings { id name } } }', { id: String(w.zoneId) })).zone;
      expect(zone.communities).toContainEqual({ id: c.createCommunity.id, name: '市新居民区' });
      expect(zone.buildings).toContainEqual({ id: b.createBuilding.id, name: '国际航运金融大厦' });
    });

    it('creates a member unit (optionally in a building of its zone), listed by units', async () => {
      const d = await t.ok(CREATE_UNIT, { zoneId: String(w.zoneId), name: '建工集团', kind: 'ENTERPRISE', buildingId: String(w.buildingId) }, admin());
      expect(d.createUnit).toMatchObject({ name: '建工集团', kind: 'ENTERPRISE', zone: { id: String(w.zoneId) }, building: { id: String(w.buildingId), name: '建工大厦' } });
      const plain = await t.ok(CREATE_UNIT, { zoneId: String(w.zoneId), name: '社区卫生服务中心', kind: 'INSTITUTION' }, admin());
      expect(plain.createUnit.building).toBeNull();
      const units = (await t.ok('query($z: ID!) { units(zoneId: $z) { id name kind } }', { z: String(w.zoneId) })).units;
      expect(units).toContainEqual({ id: d.createUnit.id, name: '建工集团', kind: 'ENTERPRISE' });
      expect(units).toContainEqual({ id: plain.createUnit.id, name: '社区卫生服务中心', kind: 'INSTITUTION' });
      const other = (await t.ok('query($z: ID!) { units(zoneId: $z) { id } }', { z: String(w.otherZoneId) })).units;
      expect(other.map((u: { id: string }) => u.id)).not.toContain(d.createUnit.id);
    });

    it('creates a staff account that can sign in with its password and holds its roles in its zone', async () => {
      const d = await t.ok(CREATE_STAFF, { username: 'newstaff', password: 'long-enough-1', displayName: '新社工', roles: ['COUNCIL_STAFF', 'BOARD_MEMBER'], zoneIds: [String(w.zoneId)] }, admin());
      expect(d.createStaffUser).toEqual({ id: expect.any(String), displayName: '新社工', roles: expect.any(Array), unit: null });
      expect([...d.createStaffUser.roles].sort()).toEqual(['BOARD_MEMBER', 'COUNCIL_STAFF']);
      const login = await t.ok('mutation { login(username: "newstaff", password: "long-enough-1") { token user { id roles } } }');
      expect(login.login.user.id).toBe(d.createStaffUser.id);
      const me = await t.ok('{ me { id displayName roles } }', {}, login.login.token);
      expect(me.me).toMatchObject({ id: d.createStaffUser.id, displayName: '新社工' });
      expect([...me.me.roles].sort()).toEqual(['BOARD_MEMBER', 'COUNCIL_STAFF']);
      const grants = await t.db.getRepository(UserRoleEntity).findBy({ userId: Number(d.createStaffUser.id) });
      expect(grants.map((g) => [g.role, g.zoneId]).sort()).toEqual([['BOARD_MEMBER', w.zoneId], ['COUNCIL_STAFF', w.zoneId]]);
      // the password is stored hashed
      const u = await t.db.getRepository(UserEntity).findOneByOrFail({ id: Number(d.createStaffUser.id) });
      expect(u.passwordHash).not.toContain('long-enough-1');
    });

    it('creates a unit admin tied to a unit of the zone', async () => {
      const d = await t.ok(
        CREATE_STAFF,
        { username: 'unitboss', password: 'long-enough-2', displayName: '单位书记', roles: ['UNIT_ADMIN'], zoneIds: [String(w.zoneId)], unitId: String(w.units[1]) },
        admin(),
      );
      expect(d.createStaffUser).toMatchObject({ roles: ['UNIT_ADMIN'], unit: { id: String(w.units[1]) } });
    });

    it('creates party organisations in a tree, listed by partyOrgs', async () => {
      const top = (await t.ok(CREATE_PARTY_ORG, { zoneId: String(w.zoneId), name: '建工片区联合党委', level: 'COMMITTEE' }, admin())).createPartyOrg;
      const branch = (
        await t.ok(
          CREATE_PARTY_ORG,
          { zoneId: String(w.zoneId), name: '建工大厦楼宇联合党总支', level: 'GENERAL_BRANCH', parentId: top.id, buildingId: String(w.buildingId) },
          admin(),
        )
      ).createPartyOrg;
      expect(branch).toMatchObject({ level: 'GENERAL_BRANCH', parentId: top.id, buildingId: String(w.buildingId), unitId: null, communityId: null });
      const list = (await t.ok('query($z: ID!) { partyOrgs(zoneId: $z) { id name parentId } }', { z: String(w.zoneId) })).partyOrgs;
      expect(list).toEqual(
        expect.arrayContaining([
          { id: top.id, name: '建工片区联合党委', parentId: null },
          { id: branch.id, name: '建工大厦楼宇联合党总支', parentId: top.id },
        ]),
      );
    });
  });

  describe('refusals of bad input', () => {
    const admin = () => w.admin.token;
    const refusal = async (query: string, vars: Record<string, unknown>) => firstError(await t.gql(query, vars, admin()));

    it.each([
      ['empty name', { name: '', street: '陆家嘴街道' }, 'name'],
      ['blank name', { name: '   ', street: '陆家嘴街道' }, 'name'],
      ['name too long', { name: '片'.repeat(61), street: '陆家嘴街道' }, 'name'],
      ['empty street', { name: '新片区', street: '' }, 'street'],
      ['blank street', { name: '新片区', street: ' \t ' }, 'street'],
    ])('createZone: %s → BAD_USER_INPUT naming the field', async (_, vars, field) => {
      const before = await t.db.getRepository(ZoneEntity).count();
      const e = await refusal(CREATE_ZONE, vars);
      expect(e).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(e.message).toContain(field);
      expect(await t.db.getRepository(ZoneEntity).count()).toBe(before);
    });

    it('createZone: the same name twice in one street → CONFLICT', async () => {
      const e = await refusal(CREATE_ZONE, { name: '建工片区', street: '陆家嘴街道' });
      expect(e).toMatchObject({ code: 'CONFLICT', field: 'name' });
      expect((await t.ok(ZONE)).zones.filter((z: { name: string }) => z.name === '建工片区')).toHaveLength(1);
    });

    it.each([
      ['createCommunity', CREATE_COMMUNITY, '福山居民区'],
      ['createBuilding', CREATE_BUILDING, '建工大厦'],
    ])('%s: blank or too long name → BAD_USER_INPUT; a duplicate in the zone → CONFLICT; fine in another zone', async (_, query, existing) => {
      expect(await refusal(query, { zoneId: String(w.zoneId), name: '  ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
      expect(await refusal(query, { zoneId: String(w.zoneId), name: '名'.repeat(61) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
      expect((await refusal(query, { zoneId: String(w.zoneId), name: existing })).code).toBe('CONFLICT');
      expect((await refusal(query, { zoneId: String(w.zoneId), name: ` ${existing} ` })).code).toBe('CONFLICT');
      expect(await refusal(query, { zoneId: String(w.zoneId), name: existing })).toMatchObject({ code: 'CONFLICT', field: 'name' });
      expect((await t.gql(query, { zoneId: String(w.otherZoneId), name: existing }, admin())).errors).toBeUndefined();
    });

    it.each([
      ['createCommunity', CREATE_COMMUNITY],
      ['createBuilding', CREATE_BUILDING],
    ])('%s: a zone that does not exist → NOT_FOUND; a malformed id → BAD_USER_INPUT', async (_, query) => {
      expect((await refusal(query, { zoneId: '999999', name: '某地' })).code).toBe('NOT_FOUND');
      expect(await refusal(query, { zoneId: 'abc', name: '某地' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'zoneId' });
    });

    it('createUnit: a building of another zone → BAD_USER_INPUT (buildingId)', async () => {
      const otherBuilding = (await t.ok(CREATE_BUILDING, { zoneId: String(w.otherZoneId), name: '梅园大厦' }, admin())).createBuilding;
      const e = await refusal(CREATE_UNIT, { zoneId: String(w.zoneId), name: '跨片区单位', kind: 'ENTERPRISE', buildingId: otherBuilding.id });
      expect(e).toMatchObject({ code: 'BAD_USER_INPUT', field: 'buildingId' });
      expect(await refusal(CREATE_UNIT, { zoneId: String(w.zoneId), name: '跨片区单位', kind: 'ENTERPRISE', buildingId: '999999' })).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'buildingId',
      });
      expect(await t.db.getRepository(MemberUnitEntity).countBy({ name: '跨片区单位' })).toBe(0);
    });

    it('createUnit: a duplicate name in the zone → CONFLICT; an unknown kind → BAD_USER_INPUT; a blank name → BAD_USER_INPUT', async () => {
      expect((await refusal(CREATE_UNIT, { zoneId: String(w.zoneId), name: '成员单位1', kind: 'ENTERPRISE' })).code).toBe('CONFLICT');
      expect((await refusal(CREATE_UNIT, { zoneId: String(w.zoneId), name: '新单位', kind: 'BANK' })).code).toBe('BAD_USER_INPUT');
      expect(await refusal(CREATE_UNIT, { zoneId: String(w.zoneId), name: ' ', kind: 'ENTERPRISE' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    });

    const staff = (over: Record<string, unknown>) => ({
      username: 'someone',
      password: 'long-enough-3',
      displayName: '某人',
      roles: ['COUNCIL_STAFF'],
      zoneIds: [String(w.zoneId)],
      ...over,
    });
    it.each([
      ['a short password', { password: 'short' }, 'password'],
      ['a username with spaces', { username: 'two words' }, 'username'],
      ['a username starting with a digit', { username: '1abc' }, 'username'],
      ['a blank display name', { displayName: '   ' }, 'displayName'],
      ['no roles', { roles: [] }, 'roles'],
      ['a staff role without a zone', { zoneIds: [] }, 'zoneIds'],
      ['a zone that does not exist', { zoneIds: ['999999'] }, 'zoneIds'],
      ['a unit admin without a unit', { roles: ['UNIT_ADMIN'] }, 'unitId'],
      ['a unit admin with a unit of another zone', () => ({ roles: ['UNIT_ADMIN'], unitId: String(w.otherZoneUnit) }), 'unitId'],
      ['a unit that does not exist', { unitId: '999999' }, 'unitId'],
    ])('createStaffUser: %s → BAD_USER_INPUT naming the field', async (_, over, field) => {
      const before = await t.db.getRepository(UserEntity).count();
      const e = await refusal(CREATE_STAFF, staff(typeof over === 'function' ? over() : over));
      expect(e).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(e.message).toContain(field);
      expect(await t.db.getRepository(UserEntity).count()).toBe(before);
    });

    it('createStaffUser: a username already taken → CONFLICT (username), nothing written', async () => {
      const before = await t.db.getRepository(UserEntity).count();
      const e = await refusal(CREATE_STAFF, staff({ username: 'staff' }));
      expect(e).toMatchObject({ code: 'CONFLICT', field: 'username' });
      expect(await t.db.getRepository(UserEntity).count()).toBe(before);
    });

    it('createStaffUser: two requests for one new username at once → one account', async () => {
      const results = await Promise.all([1, 2, 3].map((i) => t.gql(CREATE_STAFF, staff({ username: 'racer', displayName: `赛跑${i}` }), admin())));
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      for (const r of results.filter((x) => x.errors)) expect(firstError(r).code).toBe('CONFLICT');
      expect(await t.db.getRepository(UserEntity).countBy({ username: 'racer' })).toBe(1);
    });

    it.each([
      ['a parent in another zone', async () => ({ parentId: (await otherZoneParty()).id }), 'parentId'],
      ['a parent that does not exist', async () => ({ parentId: '999999' }), 'parentId'],
      ['a unit of another zone', async () => ({ unitId: String(w.otherZoneUnit) }), 'unitId'],
      ['a community of another zone', async () => ({ communityId: String(w.otherCommunityId) }), 'communityId'],
      ['a blank name', async () => ({ name: ' ' }), 'name'],
    ])('createPartyOrg: %s → BAD_USER_INPUT naming the field', async (_, over, field) => {
      const extra = await over();
      const before = await t.db.getRepository(PartyOrgEntity).count();
      const e = await refusal(CREATE_PARTY_ORG, { zoneId: String(w.zoneId), name: '某党支部', level: 'BRANCH', ...extra });
      expect(e).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await t.db.getRepository(PartyOrgEntity).count()).toBe(before);
    });

    it('createPartyOrg: an unknown level → BAD_USER_INPUT', async () => {
      expect((await refusal(CREATE_PARTY_ORG, { zoneId: String(w.zoneId), name: '某党支部', level: 'CELL' })).code).toBe('BAD_USER_INPUT');
    });

    let otherParty: { id: string } | null = null;
    async function otherZoneParty() {
      otherParty ??= (await t.ok(CREATE_PARTY_ORG, { zoneId: String(w.otherZoneId), name: '梅园片区党委', level: 'COMMITTEE' }, admin())).createPartyOrg;
      return otherParty!;
    }
  });
});
