import { NeedEntity, needRow } from '@app/needs/needs.entities';
import { MemberUnitEntity } from '@app/org/org.entities';
import { firstError, useWorld } from '../support/suite';
import { Walk } from '../support/projects';

const OFFER = `mutation($input: ResourceInput!) { offerResource(input: $input) { id title cost available categories unit { name } } }`;
const LIST = `query($z: ID!, $category: NeedCategory, $kind: ResourceKind, $search: String, $first: Int, $after: String) {
  resources(zoneId: $z, category: $category, kind: $kind, search: $search, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title cost kind } } } }`;
const TEAMS = `query($z: ID!) { volunteerTeams(zoneId: $z) { id name memberCount joinedByMe buildings { name } unit { name } } }`;
const JOIN = `mutation($id: ID!) { joinVolunteerTeam(teamId: $id) { id memberCount joinedByMe } }`;
const LEAVE = `mutation($id: ID!) { leaveVolunteerTeam(teamId: $id) { id memberCount joinedByMe } }`;
const UNIT = `query($z: ID!) { units(zoneId: $z) { id name resources { title available } pairedCommunities { name } } }`;

const input = (unitId: number, over: Record<string, unknown> = {}) => ({
  unitId: String(unitId),
  kind: 'VENUE',
  title: '党员活动室',
  description: '周末对居民开放',
  categories: ['CULTURE_SHARING'],
  cost: 'FREE',
  ...over,
});

describe('matching: the supply side', () => {
  const { t, w } = useWorld({ units: 2, residents: 3, board: 1 });

  it('资源清单: a unit admin offers, the public directory lists free and low-cost first, filters by category, kind and words', async () => {
    await t.ok(OFFER, { input: input(w.units[0], { title: '会议室', cost: 'PAID', kind: 'VENUE' }) }, w.unitAdmins[0].token);
    await t.ok(OFFER, { input: input(w.units[0], { title: '法律咨询', cost: 'LOW_COST', kind: 'SKILL', categories: ['PUBLIC_SERVICE'] }) }, w.unitAdmins[0].token);
    const free = (await t.ok(OFFER, { input: input(w.units[1]) }, w.staff.token)).offerResource;
    expect(free).toMatchObject({ available: true, categories: ['CULTURE_SHARING'], unit: { name: '成员单位2' } });

    const all = (await t.ok(LIST, { z: String(w.zoneId) }, null)).resources;
    expect(all.totalCount).toBe(3);
    expect(all.edges.map((e: { node: { cost: string } }) => e.node.cost)).toEqual(['FREE', 'LOW_COST', 'PAID']);
    const page1 = (await t.ok(LIST, { z: String(w.zoneId), first: 2 }, null)).resources;
    const page2 = (await t.ok(LIST, { z: String(w.zoneId), first: 2, after: page1.pageInfo.endCursor }, null)).resources;
    expect([...page1.edges, ...page2.edges].map((e: { node: { title: string } }) => e.node.title)).toEqual(['党员活动室', '法律咨询', '会议室']);
    expect((await t.ok(LIST, { z: String(w.zoneId), category: 'PUBLIC_SERVICE' })).resources.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(['法律咨询']);
    expect((await t.ok(LIST, { z: String(w.zoneId), kind: 'SKILL' })).resources.totalCount).toBe(1);
    expect((await t.ok(LIST, { z: String(w.zoneId), search: '会议' })).resources.totalCount).toBe(1);

    await t.ok(`mutation($id: ID!) { withdrawResource(resourceId: $id) { id } }`, { id: free.id }, w.unitAdmins[1].token);
    expect((await t.ok(LIST, { z: String(w.zoneId) })).resources.totalCount).toBe(2);
    // the unit's admin still sees its withdrawn resource; the public does not
    const mine = (await t.ok(UNIT, { z: String(w.zoneId) }, w.unitAdmins[1].token)).units.find((u: { id: string }) => u.id === String(w.units[1]));
    expect(mine.resources).toEqual([{ title: '党员活动室', available: false }]);
    const seen = (await t.ok(UNIT, { z: String(w.zoneId) }, null)).units.find((u: { id: string }) => u.id === String(w.units[1]));
    expect(seen.resources).toEqual([]);
  });

  it('refuses another unit\'s admin, a resident, and bad input with a readable message', async () => {
    expect((await firstError(t, OFFER, { input: input(w.units[0]) }, w.unitAdmins[1].token)).extensions!.code).toBe('FORBIDDEN');
    expect((await firstError(t, OFFER, { input: input(w.units[0]) }, w.residents[0].token)).extensions!.code).toBe('FORBIDDEN');
    expect((await firstError(t, OFFER, { input: input(w.otherZoneUnit) }, w.staff.token)).extensions!.code).toBe('FORBIDDEN');
    const empty = await firstError(t, OFFER, { input: input(w.units[0], { categories: [] }) }, w.unitAdmins[0].token);
    expect(empty.extensions!.code).toBe('BAD_USER_INPUT');
    expect(empty.message).toContain('至少选择一个');
    expect((await firstError(t, OFFER, { input: input(w.units[0], { title: '  ' }) }, w.unitAdmins[0].token)).extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('两楼结对: staff pair a community with a building once; the unit in that building shows it; unpair removes it', async () => {
    await t.db.getRepository(MemberUnitEntity).update({ id: w.units[0] }, { buildingId: w.buildingId });
    const PAIR = `mutation($c: ID!, $b: ID!) { pairBuilding(communityId: $c, buildingId: $b) { id community { name } building { name } } }`;
    const p = (await t.ok(PAIR, { c: String(w.communityId), b: String(w.buildingId) }, w.staff.token)).pairBuilding;
    expect(p).toMatchObject({ community: { name: '福山居民区' }, building: { name: '建工大厦' } });
    expect((await firstError(t, PAIR, { c: String(w.communityId), b: String(w.buildingId) }, w.staff.token)).extensions!.code).toBe('CONFLICT');
    expect((await firstError(t, PAIR, { c: String(w.communityId), b: String(w.buildingId) }, w.otherStaff.token)).extensions!.code).toBe('FORBIDDEN');
    expect((await firstError(t, PAIR, { c: String(w.otherCommunityId), b: String(w.buildingId) }, w.admin.token)).extensions!.code).toBe('BAD_USER_INPUT');
    expect((await t.ok(`query($z: ID!) { pairings(zoneId: $z) { id } }`, { z: String(w.zoneId) })).pairings).toHaveLength(1);
    const unit = (await t.ok(UNIT, { z: String(w.zoneId) })).units.find((u: { id: string }) => u.id === String(w.units[0]));
    expect(unit.pairedCommunities).toEqual([{ name: '福山居民区' }]);
    expect(await t.ok(`mutation($id: ID!) { unpair(pairingId: $id) }`, { id: p.id }, w.staff.token)).toEqual({ unpair: true });
    expect((await t.ok(`query($z: ID!) { pairings(zoneId: $z) { id } }`, { z: String(w.zoneId) })).pairings).toHaveLength(0);
  });

  it('志愿者服务队: staff create a team for one or two buildings; people join once and leave', async () => {
    const CREATE = `mutation($z: ID!, $name: String!, $u: ID, $b: [ID!]!) { createVolunteerTeam(zoneId: $z, name: $name, unitId: $u, buildingIds: $b) { id name } }`;
    const team = (await t.ok(CREATE, { z: String(w.zoneId), name: '建工大厦党员志愿者服务队', u: String(w.units[0]), b: [String(w.buildingId)] }, w.staff.token)).createVolunteerTeam;
    expect((await firstError(t, CREATE, { z: String(w.zoneId), name: '空队', b: [] }, w.staff.token)).extensions!.code).toBe('BAD_USER_INPUT');
    expect((await firstError(t, CREATE, { z: String(w.zoneId), name: '住户队', b: [String(w.buildingId)] }, w.residents[0].token)).extensions!.code).toBe('FORBIDDEN');
    expect((await t.ok(JOIN, { id: team.id }, w.residents[0].token)).joinVolunteerTeam).toMatchObject({ memberCount: 1, joinedByMe: true });
    expect((await firstError(t, JOIN, { id: team.id }, w.residents[0].token)).extensions!.code).toBe('CONFLICT');
    await t.ok(JOIN, { id: team.id }, w.worker.token);
    const listed = (await t.ok(TEAMS, { z: String(w.zoneId) }, w.residents[0].token)).volunteerTeams[0];
    expect(listed).toMatchObject({ name: '建工大厦党员志愿者服务队', memberCount: 2, joinedByMe: true, buildings: [{ name: '建工大厦' }], unit: { name: '成员单位1' } });
    expect((await t.ok(TEAMS, { z: String(w.zoneId) }, null)).volunteerTeams[0].joinedByMe).toBe(false);
    expect((await t.ok(LEAVE, { id: team.id }, w.residents[0].token)).leaveVolunteerTeam).toMatchObject({ memberCount: 1, joinedByMe: false });
    expect((await firstError(t, LEAVE, { id: team.id }, w.residents[0].token)).extensions!.code).toBe('CONFLICT');
    expect((await firstError(t, JOIN, { id: team.id }, null)).extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('亮意愿 and suggestVolunteers: willing people of the zone fit a project; names masked for others, whole for staff', async () => {
    const PROFILE = `mutation($w: [NeedCategory!], $s: [String!], $p: Boolean) { updateMyProfile(willingCategories: $w, specialties: $s, isPartyMember: $p) { willingCategories specialties } }`;
    expect((await t.ok(PROFILE, { w: ['CULTURE_SHARING', 'PUBLIC_SERVICE'], p: true }, w.residents[0].token)).updateMyProfile.willingCategories).toEqual(['CULTURE_SHARING', 'PUBLIC_SERVICE']);
    await t.ok(PROFILE, { s: ['摄影'] }, w.residents[1].token);
    await t.ok(PROFILE, { w: ['SOCIAL_MANAGEMENT'] }, w.residents[2].token);
    expect((await firstError(t, PROFILE, { w: ['NOPE'] }, w.residents[2].token)).extensions!.code).toBe('BAD_USER_INPUT');
    const p = await new Walk(t, w).claimed({ communityId: w.communityId, title: '社区摄影课', description: '请摄影爱好者教居民拍照', claimLimit: 2 });
    const Q = `query($p: ID!) { suggestVolunteers(projectId: $p) { score user { id displayName } reasons { code text } } }`;
    const m = (await t.ok(Q, { p: String(p) }, w.staff.token)).suggestVolunteers;
    expect(m.map((x: { user: { id: string } }) => x.user.id)).toEqual([String(w.residents[0].id), String(w.residents[1].id)]);
    expect(m[0].reasons[0]).toMatchObject({ code: 'WILLINGNESS' });
    expect(m[0].reasons[0].text).toContain('愿意参与「社区文化共享」');
    expect(m[0].reasons.find((r: { code: string }) => r.code === 'PROXIMITY').text).toContain('福山居民区');
    expect(m[1].reasons.find((r: { code: string }) => r.code === 'WILLINGNESS').text).toContain('亮特长:摄影');
    expect(m[0].user.displayName).toBe('王小明0');
    expect((await firstError(t, Q, { p: String(p) }, w.residents[0].token)).extensions!.code).toBe('FORBIDDEN');
  });

  it('matchingGaps: open demand per category against the units able to serve it', async () => {
    for (const supportCount of [3, 4]) {
      await t.db.getRepository(NeedEntity).save(
        needRow({ zoneId: w.zoneId, kind: 'MICRO_WISH', channel: 'APP', title: '想要轮椅', content: '老人需要轮椅', status: 'ACCEPTED', category: 'PUBLIC_SERVICE', submitterId: w.residents[0].id, supportCount }),
      );
    }
    const gaps = (await t.ok(`query($z: ID!) { matchingGaps(zoneId: $z) { category openNeeds supports capableUnits } }`, { z: String(w.zoneId) })).matchingGaps;
    expect(gaps).toHaveLength(7);
    expect(gaps.find((g: { category: string }) => g.category === 'PUBLIC_SERVICE')).toEqual({ category: 'PUBLIC_SERVICE', openNeeds: 2, supports: 7, capableUnits: 1 });
    expect(gaps.find((g: { category: string }) => g.category === 'CULTURE_SHARING')).toMatchObject({ openNeeds: 0, capableUnits: 1 });
    expect(gaps.find((g: { category: string }) => g.category === 'CREATION_SELECTION')).toMatchObject({ openNeeds: 0, capableUnits: 0 });
  });

  it('recommendedWishes: a unit with a fitting resource sees the wish with the reason', async () => {
    const R = `query($u: ID!) { recommendedWishes(unitId: $u) { score need { id title } reasons { code text } } }`;
    const m = (await t.ok(R, { u: String(w.units[0]) }, w.unitAdmins[0].token)).recommendedWishes;
    expect(m.length).toBe(2);
    expect(m[0].reasons[0].code).toBe('RESOURCE');
    expect(m[0].reasons[0].text).toContain('法律咨询');
    expect((await t.ok(R, { u: String(w.units[1]) }, w.unitAdmins[1].token)).recommendedWishes).toEqual([]);
  });

  it('the console help reads the weights from one table, each table summing to 1', async () => {
    const rows = (await t.ok(`{ matchingWeights { table code weight rule } }`)).matchingWeights as { table: string; weight: number; code: string; rule: string }[];
    for (const table of ['UNITS', 'FOR_UNIT', 'VOLUNTEERS']) {
      expect(rows.filter((r) => r.table === table).reduce((s, r) => s + r.weight, 0)).toBeCloseTo(1, 2);
    }
    expect(rows.find((r) => r.table === 'UNITS' && r.code === 'TRACK_RECORD')!.rule).toContain('满意率');
  });
});
