import { ProjectClaimEntity, ProjectEntity, ProjectEventEntity } from '@app/projects/projects.entities';
import { useWorld } from '../support/suite';
import { manyResidents } from '../support/world';
import { CLAIM, DECIDE, JOIN, needStatus, PROJECT, PROPOSE, VOTE, CLOSE, Walk, acceptedNeed } from './helpers';

/** Real parallel HTTP requests against one project: the database decides the winners. */
describe('project concurrency', () => {
  const UNITS = 12;
  const { t, w } = useWorld({ board: 3, units: UNITS, residents: 2 });
  const walk = new Walk(t, w);

  const claimAll = (id: string) =>
    Promise.all(w.units.map((unitId, i) => t.gql(CLAIM, { id, unitId: String(unitId), pledge: `单位 ${i + 1} 认领` }, w.unitAdmins[i].token)));

  for (const limit of [1, 5]) {
    it(`${UNITS} units claim a project with limit ${limit} at once: exactly ${limit} win, the rest get CONFLICT 名额已满`, async () => {
      const id = await walk.published({ claimLimit: limit });
      const results = await claimAll(id);
      expect(results.every((r) => r.status === 200)).toBe(true);
      const winners = results.filter((r) => !r.errors);
      const losers = results.filter((r) => r.errors);
      expect(winners).toHaveLength(limit);
      expect(losers.map((r) => r.errors![0].extensions?.code)).toEqual(Array(UNITS - limit).fill('CONFLICT'));
      expect(losers.every((r) => r.errors![0].message.includes('名额已满'))).toBe(true);

      const p = (await t.ok(PROJECT, { id }, w.staff.token)).project;
      expect(p).toMatchObject({ status: 'CLAIMED', claimCount: limit });
      expect(p.claims).toHaveLength(limit);
      expect(await t.db.getRepository(ProjectClaimEntity).countBy({ projectId: Number(id) })).toBe(limit);
      // the first claim, and only it, is a transition
      expect(await t.db.getRepository(ProjectEventEntity).countBy({ projectId: Number(id), toStatus: 'CLAIMED' })).toBe(1);
    });
  }

  it('one unit claiming twice at once gets one claim; the counter does not move for the refused one', async () => {
    const id = await walk.published({ claimLimit: 5 });
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => t.gql(CLAIM, { id, unitId: String(w.units[0]), pledge: '重复认领' }, w.unitAdmins[0].token)),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => r.errors![0].extensions?.code)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT']);
    const row = await t.db.getRepository(ProjectEntity).findOneByOrFail({ id: Number(id) });
    expect(row.claimCount).toBe(1);
  });

  it('two concurrent decideProject calls: one wins, the other gets CONFLICT; the timeline has one decision', async () => {
    for (const [a, b] of [
      ['APPROVE', 'REJECT'],
      ['REJECT', 'RETURN'],
      ['APPROVE', 'APPROVE'],
    ]) {
      const needId = await acceptedNeed(t, w.zoneId, w.residents[0]);
      const id = await walk.resolved({ sourceNeedIds: [String(needId)] });
      const results = await Promise.all([
        t.gql(DECIDE, { id, decision: a, comment: `意见 ${a}` }, w.party.token),
        t.gql(DECIDE, { id, decision: b, comment: `意见 ${b}` }, w.party.token),
      ]);
      const won = results.filter((r) => !r.errors);
      const lost = results.filter((r) => r.errors);
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0].errors![0].extensions?.code).toBe('CONFLICT');
      const status = won[0].data.decideProject.status;
      const p = (await t.ok(PROJECT, { id }, w.staff.token)).project;
      expect(p.status).toBe(status);
      expect(p.timeline.filter((s: { from: string }) => s.from === 'RESOLVED')).toHaveLength(1);
      expect(await needStatus(t, needId)).toBe(status === 'CANCELLED' ? 'ACCEPTED' : 'IN_PROJECT');
    }
  });

  it('two concurrent proposals open one round; votes cast while the resolution closes are either counted or refused', async () => {
    const id = await walk.draft();
    const proposals = await Promise.all([t.gql(PROPOSE, { id }, w.staff.token), t.gql(PROPOSE, { id }, w.staff.token)]);
    expect(proposals.filter((r) => !r.errors)).toHaveLength(1);
    expect(proposals.find((r) => r.errors)!.errors![0].extensions?.code).toBe('CONFLICT');

    await t.ok(VOTE, { id, choice: 'FOR' }, w.board[0].token);
    await t.ok(VOTE, { id, choice: 'FOR' }, w.board[1].token);
    const [late, close] = await Promise.all([t.gql(VOTE, { id, choice: 'AGAINST' }, w.board[2].token), t.gql(CLOSE, { id }, w.staff.token)]);
    expect(close.errors).toBeUndefined();
    const p = (await t.ok(PROJECT, { id }, w.staff.token)).project;
    expect(p.resolutionRound).toBe(1);
    const tallied = p.timeline.at(-1).comment as string;
    if (late.errors) {
      expect(late.errors[0].extensions?.code).toBe('CONFLICT');
      expect(tallied).toContain('实到 2 人');
    } else {
      expect(tallied).toContain('实到 3 人');
    }
    expect(p.status).toBe('RESOLVED');
  });

  it('many people join at once: each counted once, party members apart', async () => {
    const id = await walk.claimed();
    const people = await manyResidents(t, 30);
    const results = await Promise.all([...people, ...people.slice(0, 5)].map((p) => t.gql(JOIN, { id }, p.token)));
    expect(results.filter((r) => !r.errors)).toHaveLength(30);
    expect(results.filter((r) => r.errors).map((r) => r.errors![0].extensions?.code)).toEqual(Array(5).fill('CONFLICT'));
    const p = (await t.ok(PROJECT, { id }, w.staff.token)).project;
    // manyResidents makes every other person a party member
    expect(p).toMatchObject({ volunteerCount: 30, partyMemberVolunteerCount: 15 });
  });
});
