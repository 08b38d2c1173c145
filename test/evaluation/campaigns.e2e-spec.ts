import { CampaignNomineeEntity, CampaignVoteEntity } from '@app/evaluation/evaluation.entities';
import { useWorld } from '../support/suite';
import { manyResidents } from '../support/world';
import { rankByVotes } from '@app/evaluation/scoring';
import { otherZoneWorld, Walk } from '../support/projects';

const CREATE = `mutation($z: ID!, $title: String!, $ids: [ID!]!) { createCampaign(zoneId: $z, title: $title, projectIds: $ids) { id title open nominees { project { id } votes rank } } }`;
const VOTE = `mutation($c: ID!, $p: ID!) { voteInCampaign(campaignId: $c, projectId: $p) { id myVote nominees { project { id } votes } } }`;
const CLOSE = `mutation($c: ID!) { closeCampaign(campaignId: $c) { id open nominees { project { id title } votes rank } } }`;
const CAMPAIGN = `query($c: ID!) { campaign(id: $c) { id open nominees { project { id } votes rank } } }`;

describe('selection campaigns (评选)', () => {
  const { t, w } = useWorld();
  let nominees: number[];
  beforeAll(async () => {
    nominees = [];
    const walk = new Walk(t, w);
    for (const [i, status] of (['COMPLETED', 'EVALUATED', 'EVALUATED', 'COMPLETED'] as const).entries()) {
      const spec = { title: `创意项目${i + 1}`, category: 'COMMUNITY_AFFAIRS' };
      nominees.push(Number(status === 'EVALUATED' ? await walk.evaluated(spec) : await walk.completed(spec)));
    }
  });

  const create = async (ids = nominees, title = '金色纽带 — 最具创意党建项目') =>
    (await t.ok(CREATE, { z: String(w.zoneId), title, ids: ids.map(String) }, w.staff.token)).createCampaign;

  it('staff nominate completed or evaluated projects of the zone', async () => {
    const c = await create();
    expect(c).toMatchObject({ title: '金色纽带 — 最具创意党建项目', open: true });
    expect(c.nominees.map((n: { project: { id: string } }) => Number(n.project.id)).sort((a: number, b: number) => a - b)).toEqual(nominees);
    expect(c.nominees.every((n: { votes: number; rank: number | null }) => n.votes === 0 && n.rank === null)).toBe(true);
    const listed = await t.ok(`query($z: ID!) { campaigns(zoneId: $z) { id } }`, { z: String(w.zoneId) });
    expect(listed.campaigns.map((x: { id: string }) => x.id)).toContain(c.id);
  });

  it('refuses other nominees and other callers', async () => {
    const running = Number(await new Walk(t, w).inProgress({ category: 'COMMUNITY_AFFAIRS' }));
    const elsewhere = Number(await new Walk(t, await otherZoneWorld(t, w)).completed({ category: 'COMMUNITY_AFFAIRS' }));
    for (const bad of [running, elsewhere, 999_999]) {
      const r = await t.gql(CREATE, { z: String(w.zoneId), title: '评选', ids: [String(nominees[0]), String(bad)] }, w.staff.token);
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectIds' });
      expect(r.errors?.[0].message).toContain(String(bad));
    }
    const empty = await t.gql(CREATE, { z: String(w.zoneId), title: '评选', ids: [] }, w.staff.token);
    expect(empty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await t.code(CREATE, { z: String(w.zoneId), title: '评选', ids: [String(nominees[0])] }, w.residents[0].token)).toBe('FORBIDDEN');
    expect(await t.code(CREATE, { z: String(w.zoneId), title: '评选', ids: [String(nominees[0])] }, w.otherStaff.token)).toBe('FORBIDDEN');
    expect(await t.code(CREATE, { z: String(w.zoneId), title: '评选', ids: [String(nominees[0])] })).toBe('UNAUTHENTICATED');
  });

  it('one vote per person per campaign, also under concurrency', async () => {
    const c = await create();
    const [me, other] = await manyResidents(t, 2);
    const first = await t.ok(VOTE, { c: c.id, p: String(nominees[1]) }, me.token);
    expect(first.voteInCampaign.myVote).toBe(String(nominees[1]));
    expect(await t.code(VOTE, { c: c.id, p: String(nominees[2]) }, me.token)).toBe('CONFLICT');
    const racing = await Promise.all(nominees.map((p) => t.gql(VOTE, { c: c.id, p: String(p) }, other.token)));
    expect(racing.filter((r) => !r.errors)).toHaveLength(1);
    expect(racing.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(nominees.length - 1);
    const votes = await t.db.getRepository(CampaignVoteEntity).count({ where: { campaignId: Number(c.id) } });
    const counted = (await t.db.getRepository(CampaignNomineeEntity).find({ where: { campaignId: Number(c.id) } })).reduce((s, n) => s + n.votes, 0);
    expect([votes, counted]).toEqual([2, 2]);
  });

  it('refuses a vote for a project that is not nominated, by staff, or signed out', async () => {
    const c = await create(nominees.slice(0, 2));
    const [me] = await manyResidents(t, 1);
    const r = await t.gql(VOTE, { c: c.id, p: String(nominees[3]) }, me.token);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectId' });
    expect(await t.code(VOTE, { c: c.id, p: String(nominees[0]) }, w.staff.token)).toBe('FORBIDDEN');
    expect(await t.code(VOTE, { c: c.id, p: String(nominees[0]) })).toBe('UNAUTHENTICATED');
    expect(await t.code(VOTE, { c: '999999', p: String(nominees[0]) }, me.token)).toBe('NOT_FOUND');
    // the refused vote used nothing up
    expect((await t.ok(VOTE, { c: c.id, p: String(nominees[0]) }, me.token)).voteInCampaign.myVote).toBe(String(nominees[0]));
  });

  it('closing ranks the nominees by votes, ties sharing a rank, and ends the voting', async () => {
    const c = await create();
    const people = await manyResidents(t, 9);
    // votes: nominee 2 → 4, nominee 0 → 2, nominee 3 → 2, nominee 1 → 1  ⇒ ranks 1, 2, 2, 4
    const plan = [2, 2, 2, 2, 0, 0, 3, 3, 1];
    await Promise.all(plan.map((k, i) => t.ok(VOTE, { c: c.id, p: String(nominees[k]) }, people[i].token)));
    const open = await t.ok(CAMPAIGN, { c: c.id });
    expect(open.campaign.nominees.map((n: { rank: number | null }) => n.rank)).toEqual([null, null, null, null]);
    expect(await t.code(CLOSE, { c: c.id }, w.residents[0].token)).toBe('FORBIDDEN');
    const closed = (await t.ok(CLOSE, { c: c.id }, w.staff.token)).closeCampaign;
    expect(closed.open).toBe(false);
    expect(closed.nominees.map((n: { project: { id: string }; votes: number; rank: number }) => [Number(n.project.id), n.votes, n.rank])).toEqual([
      [nominees[2], 4, 1],
      [nominees[0], 2, 2],
      [nominees[3], 2, 2],
      [nominees[1], 1, 4],
    ]);
    const late = (await manyResidents(t, 1))[0];
    expect(await t.code(VOTE, { c: c.id, p: String(nominees[1]) }, late.token)).toBe('CONFLICT');
    expect(await t.code(CLOSE, { c: c.id }, w.staff.token)).toBe('CONFLICT');
    expect((await t.ok(CAMPAIGN, { c: c.id })).campaign.nominees.map((n: { votes: number }) => n.votes)).toEqual([4, 2, 2, 1]);
  });

  it('a close racing with votes ranks exactly the votes stored', async () => {
    const c = await create();
    const people = await manyResidents(t, 30);
    const votes = people.map((a, i) => t.gql(VOTE, { c: c.id, p: String(nominees[i % nominees.length]) }, a.token));
    const close = new Promise((r) => setTimeout(r, 10)).then(() => t.gql(CLOSE, { c: c.id }, w.staff.token));
    const results = await Promise.all([...votes, close]);
    expect(results[30].errors).toBeUndefined();
    const ok = results.slice(0, 30).filter((r) => !r.errors).length;
    expect(results.slice(0, 30).every((r) => !r.errors || r.errors[0].extensions?.code === 'CONFLICT')).toBe(true);
    const final = (await t.ok(CAMPAIGN, { c: c.id })).campaign;
    expect(final.nominees.reduce((s: number, n: { votes: number }) => s + n.votes, 0)).toBe(ok);
    expect(await t.db.getRepository(CampaignVoteEntity).count({ where: { campaignId: Number(c.id) } })).toBe(ok);
    // the stored ranks are the ranks of the final votes
    const expected = rankByVotes(final.nominees as { project: { id: string }; votes: number; rank: number }[], (n) => n.votes, (n) => Number(n.project.id));
    expect(final.nominees.map((n: { project: { id: string }; rank: number }) => [n.project.id, n.rank])).toEqual(expected.map((r) => [r.item.project.id, r.rank]));
  });
});
