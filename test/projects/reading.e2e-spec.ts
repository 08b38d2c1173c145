import { NeedEntity } from '@app/needs/needs.entities';
import {
  ProgressReportEntity,
  ProjectClaimEntity,
  ProjectEntity,
  ProjectEventEntity,
  ProjectVoteEntity,
  ProjectVolunteerEntity,
} from '@app/projects/projects.entities';
import { statementsOf } from '../support/statements';
import { firstError, useWorld } from '../support/suite';
import { PROJECT, PROJECT_FIELDS, Walk } from './helpers';

const LIST = `query($z: ID!, $status: ProjectStatus, $category: NeedCategory, $first: Int, $after: String) {
  projects(zoneId: $z, status: $status, category: $category, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status category } }
  }
}`;

describe('reading projects', () => {
  const { t, w } = useWorld({ board: 3, units: 3, residents: 2 });

  describe('who sees what', () => {
    const ids = {} as Record<string, string>;
    beforeAll(async () => {
      const walk = new Walk(t, w);
      ids.draft = await walk.draft();
      ids.proposed = await walk.proposed();
      ids.published = await walk.published();
      ids.claimed = await walk.claimed();
      ids.cancelled = await walk.cancelled();
    });

    const seen = async (token: string | null) => {
      const d = await t.ok(LIST, { z: String(w.zoneId), first: 100 }, token);
      return new Set(d.projects.edges.map((e: { node: { id: string } }) => e.node.id));
    };

    it('the 项目清单 is public from PUBLISHED on; drafts, proposals and cancelled projects only for the zone council', async () => {
      for (const token of [null, w.residents[0].token, w.unitAdmins[0].token, w.otherStaff.token]) {
        const s = await seen(token);
        expect([...s].sort()).toEqual([ids.published, ids.claimed].sort());
      }
      for (const token of [w.staff.token, w.board[0].token, w.party.token, w.admin.token]) {
        const s = await seen(token);
        for (const id of Object.values(ids)) expect(s.has(id)).toBe(true);
      }
      const anon = await t.ok(LIST, { z: String(w.zoneId) });
      expect(anon.projects.totalCount).toBe(2);
    });

    it('project(id): a draft is null to outsiders (as a missing id is), a published project is shown to anyone', async () => {
      expect((await t.ok(PROJECT, { id: ids.draft }, null)).project).toBeNull();
      expect((await t.ok(PROJECT, { id: ids.draft }, w.residents[0].token)).project).toBeNull();
      expect((await t.ok(PROJECT, { id: ids.proposed }, w.otherStaff.token)).project).toBeNull();
      expect((await t.ok(PROJECT, { id: ids.draft }, w.board[1].token)).project.status).toBe('DRAFT');
      const pub = (await t.ok(PROJECT, { id: ids.claimed }, null)).project;
      expect(pub.status).toBe('CLAIMED');
      // staff act in a public role: their names show whole on the timeline, even to visitors
      expect(pub.timeline[0].actor.displayName).toBe('张社工');
    });

    it('filtering on an unpublished status is refused to outsiders', async () => {
      expect((await firstError(t, LIST, { z: String(w.zoneId), status: 'DRAFT' }, w.residents[0].token)).code).toBe('FORBIDDEN');
      const staff = await t.ok(LIST, { z: String(w.zoneId), status: 'DRAFT' }, w.staff.token);
      expect(staff.projects.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids.draft]);
    });
  });

  describe('paging and counting SQL statements', () => {
    const N = 130;
    let zoneId: number;

    beforeAll(async () => {
      // a zone of its own, filled in bulk: every project with needs, votes, claims, progress, timeline, volunteers
      // (rows written straight in, not Walk: 130 projects through the pipeline would take minutes)
      zoneId = (await t.db.query(`SELECT id FROM zones WHERE id = ?`, [w.otherZoneId]))[0].id;
      const projects = Array.from({ length: N }, (_, i) => ({
        zoneId,
        title: `批量项目 ${i + 1}`,
        description: '批量生成',
        category: i % 2 ? 'CULTURE_SHARING' : 'PUBLIC_SERVICE',
        status: 'IN_PROGRESS',
        budgetFen: 1000,
        targetBeneficiaries: 10,
        claimLimit: 2,
        claimCount: 2,
        volunteerCount: 1,
        partyMemberVolunteerCount: 0,
        resolutionRound: 1,
        createdById: w.otherStaff.id,
        proposedById: w.otherStaff.id,
        startsOn: null,
        endsOn: null,
        completedAt: null,
      }));
      await t.db.getRepository(ProjectEntity).insert(projects as never);
      const rows = await t.db.getRepository(ProjectEntity).find({ where: { zoneId }, order: { id: 'ASC' } });
      const units = [w.otherZoneUnit, w.units[0]];
      await t.db.getRepository(NeedEntity).insert(
        rows.map((p) => ({
          zoneId, kind: 'GOLDEN_IDEA', channel: 'APP', title: `需求 ${p.id}`, content: '批量', status: 'IN_PROJECT', category: p.category,
          supportCount: 0, submitterId: w.residents[0].id, projectId: p.id,
        })) as never,
      );
      await t.db.getRepository(ProjectVoteEntity).insert(rows.flatMap((p) => w.board.map((b) => ({ projectId: p.id, round: 1, voterId: b.id, choice: 'FOR' }))) as never);
      await t.db.getRepository(ProjectClaimEntity).insert(
        rows.flatMap((p) => units.map((unitId) => ({ projectId: p.id, zoneId, unitId, pledge: '承诺', pledgedFundsFen: 100, pledgedVolunteers: 1, claimedById: w.admin.id }))) as never,
      );
      await t.db.getRepository(ProgressReportEntity).insert(
        rows.flatMap((p) => units.map((unitId) => ({ projectId: p.id, zoneId, unitId, note: '进展', percent: 50, fundsSpentFen: 10, beneficiaries: 2, latest: true, reporterId: w.admin.id }))) as never,
      );
      const steps: [string | null, string][] = [[null, 'DRAFT'], ['DRAFT', 'PROPOSED'], ['PROPOSED', 'RESOLVED'], ['RESOLVED', 'APPROVED'], ['APPROVED', 'PUBLISHED'], ['PUBLISHED', 'CLAIMED'], ['CLAIMED', 'IN_PROGRESS']];
      const actors = [w.otherStaff.id, w.board[0].id, w.party.id, w.admin.id];
      await t.db.getRepository(ProjectEventEntity).insert(
        rows.flatMap((p) => steps.map(([fromStatus, toStatus], i) => ({ projectId: p.id, zoneId, fromStatus, toStatus, actorId: actors[i % actors.length], note: null }))) as never,
      );
      await t.db.getRepository(ProjectVolunteerEntity).insert(rows.map((p) => ({ projectId: p.id, userId: w.residents[1].id, zoneId, isPartyMember: false })) as never);
    });

    it('keyset pages walk the list newest first, without gaps or repeats, with totalCount', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const d: any = await t.ok(LIST, { z: String(zoneId), first: 40, after }, null);
        expect(d.projects.totalCount).toBe(N);
        seen.push(...d.projects.edges.map((e: { node: { id: string } }) => e.node.id));
        pages++;
        if (!d.projects.pageInfo.hasNextPage) break;
        after = d.projects.pageInfo.endCursor;
      }
      expect(pages).toBe(Math.ceil(N / 40));
      expect(new Set(seen).size).toBe(N);
      expect(seen.map(Number)).toEqual([...seen.map(Number)].sort((a, b) => b - a));
      const culture = await t.ok(LIST, { z: String(zoneId), category: 'CULTURE_SHARING', first: 5 }, null);
      expect(culture.projects.totalCount).toBe(N / 2);
      expect(culture.projects.edges.every((e: { node: { category: string } }) => e.node.category === 'CULTURE_SHARING')).toBe(true);
      expect((await firstError(t, LIST, { z: String(zoneId), after: 'not-a-cursor' }, null)).code).toBe('BAD_USER_INPUT');
      expect((await firstError(t, LIST, { z: String(zoneId), first: 0 }, null)).code).toBe('BAD_USER_INPUT');
    });

    it('projects(first: 100) with every nested field costs the same number of SQL statements as first: 10', async () => {
      const query = `query($z: ID!, $first: Int) { projects(zoneId: $z, first: $first) { totalCount edges { node { ${PROJECT_FIELDS} } } } }`;
      const count = async (first: number) =>
        statementsOf(t, async () => {
          const d = await t.ok(query, { z: String(zoneId), first }, w.otherStaff.token);
          const nodes = d.projects.edges.map((e: { node: unknown }) => e.node);
          expect(nodes).toHaveLength(first);
          for (const n of nodes) {
            expect(n).toMatchObject({ zone: { id: String(zoneId) }, volunteerCount: 1, fundsSpentFen: 20, beneficiaries: 4 });
            expect(n.sourceNeeds).toHaveLength(1);
            expect(n.votes).toHaveLength(3);
            expect(n.votes[0].voter.id).toBeTruthy();
            expect(n.claims.map((c: { unit: { id: string } }) => c.unit.id)).toHaveLength(2);
            expect(n.progress).toHaveLength(2);
            expect(n.timeline).toHaveLength(7);
            expect(n.timeline[6].actor.id).toBeTruthy();
          }
        });
      const ten = await count(10);
      const hundred = await count(100);
      expect(ten.length).toBeGreaterThan(5); // the counter sees the statements
      expect(hundred.length).toBe(ten.length);
      expect(hundred.length).toBeLessThanOrEqual(16);
    });
  });
});
