import { BuildingEntity, CommunityEntity, MemberUnitEntity } from '@app/org/org.entities';
import { NotificationEntity } from '@app/notifications/notification.entity';
import { ProjectEventEntity } from '@app/projects/projects.entities';
import { firstError, useWorld } from '../support/suite';
import { otherZoneWorld, Walk } from '../support/projects';

const SUGGEST = `query($p: ID!, $first: Int) { suggestUnits(projectId: $p, first: $first) {
  score invited unit { id name } reasons { code text weight } resources { id title } } }`;
const OFFER = `mutation($input: ResourceInput!) { offerResource(input: $input) { id title available categories cost unit { id } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawResource(resourceId: $id) { id available } }`;
const RECOMMENDED = `query($u: ID!) { recommendedProjects(unitId: $u) { score project { id title } reasons { code text weight } } }`;
const INVITE = `mutation($p: ID!, $u: ID!) { inviteUnitToClaim(projectId: $p, unitId: $u) { id timeline { from to comment } } }`;
const PAIR = `mutation($c: ID!, $b: ID!, $note: String) { pairBuilding(communityId: $c, buildingId: $b, note: $note) { id community { name } building { name } } }`;

type Match = { score: number; invited: boolean; unit: { id: string; name: string }; reasons: { code: string; text: string; weight: number }[]; resources: { id: string; title: string }[] };

describe('matching: explained unit suggestions from constructed histories', () => {
  const { t, w } = useWorld({ units: 3, residents: 2, board: 1 });
  let target: number;
  let claimed: number;
  let resourceB: string;
  const unit = (i: number) => String(w.units[i]);
  const suggest = async (projectId: number, token = w.staff.token): Promise<Match[]> => (await t.ok(SUGGEST, { p: String(projectId), first: 20 }, token)).suggestUnits;

  beforeAll(async () => {
    // unit 0 (A): in 建工大厦, paired with 福山居民区, two completed culture projects with high satisfaction
    await t.db.getRepository(MemberUnitEntity).update({ id: w.units[0] }, { buildingId: w.buildingId });
    await t.ok(PAIR, { c: String(w.communityId), b: String(w.buildingId), note: '党建共建' }, w.staff.token);
    const walk = new Walk(t, w);
    // satisfaction 32/33 ≈ 97% and 19/20 = 95%
    for (const survey of [{ responses: 33, satisfied: 32 }, { responses: 20, satisfied: 19 }]) await walk.evaluated({ claimLimit: 2 }, survey, 0);
    // unit 1 (B): one resource serving the category
    resourceB = (
      await t.ok(
        OFFER,
        { input: { unitId: unit(1), kind: 'VENUE', title: '多功能活动室', description: '可容纳40人,配投影,适合开设培训班', categories: ['CULTURE_SHARING'], capacity: 40, cost: 'FREE' } },
        w.unitAdmins[1].token,
      )
    ).offerResource.id;
    // unit 2 (C): nothing
    target = Number(await walk.published({ communityId: w.communityId, title: '智能手机课堂', claimLimit: 2 }));
    claimed = Number(await walk.claimed({ communityId: w.communityId, claimLimit: 2 }, 0));
  });

  it('track record + pairing ranks above a resource only, which ranks above nothing; scores in [0, 1]', async () => {
    const m = await suggest(target);
    expect(m.map((x) => x.unit.id)).toEqual([unit(0), unit(1), unit(2)]);
    expect(m[0].score).toBeGreaterThan(m[1].score);
    expect(m[1].score).toBeGreaterThan(m[2].score);
    for (const x of m) {
      expect(x.score).toBeGreaterThanOrEqual(0);
      expect(x.score).toBeLessThanOrEqual(1);
      // the score is the sum of the reasons' shares
      expect(x.reasons.reduce((s, r) => s + r.weight, 0)).toBeCloseTo(x.score, 3);
    }
  });

  it('reasons name the evidence in Chinese, with stable codes', async () => {
    const [a, b, c] = await suggest(target);
    const track = a.reasons.find((r) => r.code === 'TRACK_RECORD')!;
    expect(track.text).toContain('近一年完成「社区文化共享」类项目2个');
    expect(track.text).toContain('平均满意率96%');
    expect(a.reasons.find((r) => r.code === 'PAIRING')!.text).toContain('福山居民区');
    const res = b.reasons.find((r) => r.code === 'RESOURCE')!;
    expect(res.text).toContain('多功能活动室');
    expect(res.text).toContain('无偿');
    expect(b.resources.map((r) => r.title)).toEqual(['多功能活动室']);
    expect(c.reasons.map((r) => r.code)).toEqual(['CAPACITY']);
    expect(a.reasons.find((r) => r.code === 'CAPACITY')!.text).toContain('1个认领在进行中');
  });

  it('a unit that already claimed the project is not suggested for it', async () => {
    const m = await suggest(claimed);
    expect(m.map((x) => x.unit.id)).not.toContain(unit(0));
    expect(m.length).toBe(2);
  });

  it('withdrawn resources stop counting', async () => {
    const before = (await suggest(target)).find((x) => x.unit.id === unit(1))!;
    expect((await t.ok(WITHDRAW, { id: resourceB }, w.unitAdmins[1].token)).withdrawResource.available).toBe(false);
    const after = (await suggest(target)).find((x) => x.unit.id === unit(1))!;
    expect(after.reasons.some((r) => r.code === 'RESOURCE')).toBe(false);
    expect(after.score).toBeLessThan(before.score);
    // offered again by updating it
    await t.ok(
      `mutation($id: ID!, $input: ResourceInput!) { updateResource(resourceId: $id, input: $input) { available } }`,
      { id: resourceB, input: { unitId: unit(1), kind: 'VENUE', title: '多功能活动室', description: '可容纳40人,配投影,适合开设培训班', categories: ['CULTURE_SHARING'], capacity: 40, cost: 'FREE' } },
      w.unitAdmins[1].token,
    );
    expect((await suggest(target)).find((x) => x.unit.id === unit(1))!.reasons.some((r) => r.code === 'RESOURCE')).toBe(true);
  });

  it('only the zone staff may ask; a resident or another zone\'s staff are refused', async () => {
    expect((await firstError(t, SUGGEST, { p: String(target) }, w.residents[0].token)).extensions!.code).toBe('FORBIDDEN');
    expect((await firstError(t, SUGGEST, { p: String(target) }, w.otherStaff.token)).extensions!.code).toBe('FORBIDDEN');
    expect((await firstError(t, SUGGEST, { p: String(target) }, null)).extensions!.code).toBe('UNAUTHENTICATED');
    expect((await firstError(t, SUGGEST, { p: '999999' })).extensions!.code).toBe('UNAUTHENTICATED');
    expect((await firstError(t, SUGGEST, { p: '999999' }, w.staff.token)).extensions!.code).toBe('NOT_FOUND');
  });

  it('one click invites a suggested unit: its admin is told, the timeline records it, once', async () => {
    const events = await t.db.getRepository(ProjectEventEntity).countBy({ projectId: target });
    const r = await t.ok(INVITE, { p: String(target), u: unit(1) }, w.staff.token);
    expect(r.inviteUnitToClaim.timeline.at(-1)).toMatchObject({ from: 'PUBLISHED', to: 'PUBLISHED', comment: '邀请成员单位2认领' });
    await t.drainJobs();
    const notes = await t.db.getRepository(NotificationEntity).findBy({ userId: w.unitAdmins[1].id, kind: 'claim-invitation' });
    expect(notes).toHaveLength(1);
    expect(notes[0].body).toContain('智能手机课堂');
    expect((await suggest(target)).find((x) => x.unit.id === unit(1))!.invited).toBe(true);
    expect((await firstError(t, INVITE, { p: String(target), u: unit(1) }, w.staff.token)).extensions).toMatchObject({ code: 'CONFLICT', reason: 'unitInvitedAlready', params: { unit: '成员单位2' } });
    expect((await firstError(t, INVITE, { p: String(claimed), u: unit(0) }, w.staff.token)).extensions!.code).toBe('CONFLICT');
    expect((await firstError(t, INVITE, { p: String(target), u: String(w.otherZoneUnit) }, w.staff.token)).extensions!.code).toBe('FORBIDDEN');
    expect(await t.db.getRepository(ProjectEventEntity).countBy({ projectId: target })).toBe(events + 1);
  });

  it('为你推荐: a unit sees claimable projects it has not claimed, each saying why', async () => {
    const a = (await t.ok(RECOMMENDED, { u: unit(0) }, w.unitAdmins[0].token)).recommendedProjects;
    const ids = a.map((x: { project: { id: string } }) => x.project.id);
    expect(ids).toContain(String(target));
    expect(ids).not.toContain(String(claimed));
    const top = a.find((x: { project: { id: string } }) => x.project.id === String(target));
    expect(top.reasons[0].text).toMatch(/近一年完成「社区文化共享」类项目2个|两楼结对/);
    expect(top.score).toBeLessThanOrEqual(1);
    const c = (await t.ok(RECOMMENDED, { u: unit(2) }, w.unitAdmins[2].token)).recommendedProjects;
    expect(c).toEqual([]);
    expect((await firstError(t, RECOMMENDED, { u: unit(0) }, w.unitAdmins[1].token)).extensions!.code).toBe('FORBIDDEN');
  });

  it('a new zone with no history still ranks by resources and pairing, and says so', async () => {
    const z = w.otherZoneId;
    const building = await t.db.getRepository(BuildingEntity).save({ zoneId: z, name: '梅园大厦' });
    const community = await t.db.getRepository(CommunityEntity).findOneByOrFail({ id: w.otherCommunityId });
    const paired = await t.db.getRepository(MemberUnitEntity).save({ zoneId: z, name: '梅园结对单位', kind: 'ENTERPRISE', buildingId: building.id });
    const withResource = w.otherZoneUnit;
    const nothing = await t.db.getRepository(MemberUnitEntity).save({ zoneId: z, name: '梅园新单位', kind: 'ENTERPRISE', buildingId: null });
    await t.ok(PAIR, { c: String(community.id), b: String(building.id) }, w.otherStaff.token);
    await t.ok(
      OFFER,
      { input: { unitId: String(withResource), kind: 'SKILL', title: '法律咨询', description: '律师志愿者提供免费法律咨询', categories: ['PUBLIC_SERVICE'], cost: 'FREE' } },
      w.otherStaff.token,
    );
    const p = Number(
      await new Walk(t, await otherZoneWorld(t, w)).published({ category: 'PUBLIC_SERVICE', communityId: community.id, title: '法律援助进社区', description: '为居民提供法律咨询', claimLimit: 2 }),
    );
    const m = await suggest(p, w.otherStaff.token);
    expect(m.map((x) => x.unit.id).sort()).toEqual([String(paired.id), String(withResource), String(nothing.id)].sort());
    const byId = new Map(m.map((x) => [x.unit.id, x]));
    expect(byId.get(String(withResource))!.score).toBeGreaterThan(byId.get(String(nothing.id))!.score);
    expect(byId.get(String(paired.id))!.score).toBeGreaterThan(byId.get(String(nothing.id))!.score);
    for (const x of m) {
      const track = x.reasons.find((r) => r.code === 'TRACK_RECORD')!;
      expect(track.text).toContain('本片区尚无「社会公共服务」类项目的完成记录');
      expect(track.weight).toBe(0);
    }
    expect(byId.get(String(paired.id))!.reasons.find((r) => r.code === 'PAIRING')!.text).toContain('梅园居民区');
    expect(byId.get(String(withResource))!.reasons.find((r) => r.code === 'RESOURCE')!.text).toContain('法律咨询');
  });
});
