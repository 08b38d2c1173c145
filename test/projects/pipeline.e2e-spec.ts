import { useWorld } from '../support/suite';
import {
  acceptedNeed,
  CANCEL,
  CLAIM,
  CLOSE,
  COMPLETE,
  CREATE,
  DECIDE,
  draftInput,
  JOIN,
  needStatus,
  notificationsOf,
  PROJECT,
  PROPOSE,
  PUBLISH,
  REPORT,
  START,
  VOTE,
  Walk,
} from './helpers';

/** The whole pipeline over HTTP, from needs to COMPLETED, with real board votes. */
describe('project pipeline', () => {
  const { t, w } = useWorld({ board: 3, units: 3, residents: 4 });
  const walk = new Walk(t, w);

  it('walks from submitted needs to COMPLETED, and the needs become FULFILLED', async () => {
    // needs: submitted by residents, supported by another, accepted into the menu by staff
    const submit = `mutation($input: SubmitNeedInput!) { submitNeed(input: $input) { id status } }`;
    const n1 = (await t.ok(submit, { input: { zoneId: String(w.zoneId), kind: 'GOLDEN_IDEA', title: '想学上海话', content: '新来的白领想学上海话,和邻居老人聊天' } }, w.residents[0].token)).submitNeed.id;
    const n2 = (await t.ok(submit, { input: { zoneId: String(w.zoneId), kind: 'GOLDEN_IDEA', title: '老人学用微信', content: '请白领教老人用微信视频和付款' } }, w.residents[1].token)).submitNeed.id;
    await t.ok(`mutation($id: ID!) { supportNeed(needId: $id) { id supportCount } }`, { id: n1 }, w.residents[2].token);
    for (const id of [n1, n2]) {
      const d = await t.ok(`mutation($id: ID!) { acceptNeed(needId: $id, category: CULTURE_SHARING) { id status } }`, { id }, w.staff.token);
      expect(d.acceptNeed.status).toBe('ACCEPTED');
    }

    // drafting
    const created = (
      await t.ok(
        CREATE,
        {
          input: {
            zoneId: String(w.zoneId),
            title: '白领课堂:上海话教学',
            description: '楼宇白领志愿者每周教新上海人说上海话,也教老人用微信',
            category: 'CULTURE_SHARING',
            sourceNeedIds: [n1, n2],
            budgetFen: 800_000,
            targetBeneficiaries: 200,
          },
        },
        w.staff.token,
      )
    ).createProject;
    const id = created.id;
    expect(created).toMatchObject({ status: 'DRAFT', claimLimit: 1, budgetFen: 800_000, resolutionRound: 0, zone: { id: String(w.zoneId) } });
    expect(created.sourceNeeds.map((n: { id: string; status: string }) => [n.id, n.status])).toEqual([
      [n1, 'IN_PROJECT'],
      [n2, 'IN_PROJECT'],
    ]);
    expect(created.nextMoves).toEqual(['propose', 'cancel']);

    // proposal and board vote: two of three vote FOR, one changes their vote
    let p = (await t.ok(PROPOSE, { id, comment: '提交理事会' }, w.staff.token)).proposeProject;
    expect(p).toMatchObject({ status: 'PROPOSED', resolutionRound: 1, votes: [] });
    await t.ok(VOTE, { id, choice: 'AGAINST' }, w.board[0].token);
    await t.ok(VOTE, { id, choice: 'FOR' }, w.board[0].token);
    p = (await t.ok(VOTE, { id, choice: 'FOR' }, w.board[1].token)).castVote;
    expect(p.votes.map((v: { voter: { id: string }; choice: string }) => [v.voter.id, v.choice])).toEqual([
      [String(w.board[0].id), 'FOR'],
      [String(w.board[1].id), 'FOR'],
    ]);
    p = (await t.ok(CLOSE, { id }, w.staff.token)).closeResolution;
    expect(p.status).toBe('RESOLVED');
    expect(p.timeline.at(-1).comment).toContain('赞成 2 / 反对 0 / 弃权 0,应到 3 人,实到 2 人');

    // party committee approves; staff publish to the 项目清单
    p = (await t.ok(DECIDE, { id, decision: 'APPROVE', comment: '同意立项,注意安全' }, w.party.token)).decideProject;
    expect(p.status).toBe('APPROVED');
    p = (await t.ok(PUBLISH, { id }, w.staff.token)).publishProject;
    expect(p.status).toBe('PUBLISHED');
    const list = await t.ok(`query($z: ID!) { projects(zoneId: $z) { totalCount edges { node { id status } } } }`, { z: String(w.zoneId) });
    expect(list.projects.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(id);

    // a unit claims it, starts it, reports progress twice; people sign up
    p = (await t.ok(CLAIM, { id, unitId: String(w.units[0]), pledge: '每周派 5 名白领志愿者授课', funds: 300_000, volunteers: 5 }, w.unitAdmins[0].token)).claimProject;
    expect(p).toMatchObject({ status: 'CLAIMED', claimCount: 1, claims: [{ unit: { id: String(w.units[0]) }, pledgedFundsFen: 300_000, pledgedVolunteers: 5 }] });
    p = (await t.ok(START, { id }, w.unitAdmins[0].token)).startProject;
    expect(p.status).toBe('IN_PROGRESS');
    await t.ok(REPORT, { id, unitId: String(w.units[0]), note: '已开课 2 次', percent: 30, funds: 50_000, beneficiaries: 40 }, w.unitAdmins[0].token);
    p = (await t.ok(REPORT, { id, unitId: String(w.units[0]), note: '已开课 6 次', percent: 70, funds: 150_000, beneficiaries: 110 }, w.unitAdmins[0].token)).reportProgress;
    expect(p.progress.map((r: { percent: number; latest: boolean }) => [r.percent, r.latest])).toEqual([
      [30, false],
      [70, true],
    ]);
    expect(p).toMatchObject({ fundsSpentFen: 150_000, beneficiaries: 110 });
    await t.ok(`mutation { updateMyProfile(isPartyMember: true) { id } }`, {}, w.residents[3].token);
    await t.ok(JOIN, { id }, w.residents[3].token);
    p = (await t.ok(JOIN, { id }, w.worker.token)).joinProject;
    expect(p).toMatchObject({ volunteerCount: 2, partyMemberVolunteerCount: 1 });

    // completion: the source needs are fulfilled
    p = (await t.ok(COMPLETE, { id }, w.staff.token)).completeProject;
    expect(p.status).toBe('COMPLETED');
    expect(p.sourceNeeds.map((n: { status: string }) => n.status)).toEqual(['FULFILLED', 'FULFILLED']);
    expect(p.nextMoves).toEqual(['evaluate']);

    // the timeline holds every step, in order, with who did it
    const read = (await t.ok(PROJECT, { id }, w.residents[0].token)).project;
    expect(read.timeline.map((s: { from: string | null; to: string }) => `${s.from ?? '-'}>${s.to}`)).toEqual([
      '->DRAFT',
      'DRAFT>PROPOSED',
      'PROPOSED>RESOLVED',
      'RESOLVED>APPROVED',
      'APPROVED>PUBLISHED',
      'PUBLISHED>CLAIMED',
      'CLAIMED>IN_PROGRESS',
      'IN_PROGRESS>COMPLETED',
    ]);
    expect(read.timeline.some((s: { returned: boolean }) => s.returned)).toBe(false);
    expect(read.timeline.map((s: { actor: { id: string } }) => Number(s.actor.id))).toEqual([
      w.staff.id,
      w.staff.id,
      w.staff.id,
      w.party.id,
      w.staff.id,
      w.unitAdmins[0].id,
      w.unitAdmins[0].id,
      w.staff.id,
    ]);
    expect(read.timeline[3].comment).toBe('同意立项,注意安全');

    // notifications: unit admins on publish, staff on claim, the proposer on each decision,
    // submitters and supporters on completion
    expect(await notificationsOf(t, w.unitAdmins[1].id, 'project-published')).toHaveLength(1);
    expect(await notificationsOf(t, w.staff.id, 'project-claimed')).toHaveLength(1);
    const decisions = await notificationsOf(t, w.staff.id, 'project-decision');
    expect(decisions.map((n) => n.title)).toEqual(['理事会决议通过', '社区党委:批准']);
    for (const person of [w.residents[0], w.residents[1], w.residents[2]]) {
      expect(await notificationsOf(t, person.id, 'project-completed')).toHaveLength(1);
    }
    expect(await notificationsOf(t, w.residents[3].id, 'project-completed')).toHaveLength(0);
  });

  it('a resolution short of quorum returns the project to DRAFT with the tally', async () => {
    const id = await walk.proposed();
    await t.ok(VOTE, { id, choice: 'FOR' }, w.board[0].token);
    const p = (await t.ok(CLOSE, { id }, w.staff.token)).closeResolution;
    expect(p.status).toBe('DRAFT');
    expect(p.timeline.at(-1)).toMatchObject({ from: 'PROPOSED', to: 'DRAFT', returned: true, actor: { id: String(w.staff.id) } });
    expect(p.timeline.at(-1).comment).toContain('赞成 1 / 反对 0 / 弃权 0,应到 3 人,实到 1 人');
    expect(p.timeline.at(-1).comment).toContain('未达到法定人数');

    // proposed again: a new round, with no votes yet
    const again = (await t.ok(PROPOSE, { id }, w.staff.token)).proposeProject;
    expect(again).toMatchObject({ status: 'PROPOSED', resolutionRound: 2, votes: [] });
  });

  it('a resolution voted down returns the project to DRAFT', async () => {
    const id = await walk.proposed();
    await t.ok(VOTE, { id, choice: 'AGAINST' }, w.board[0].token);
    await t.ok(VOTE, { id, choice: 'ABSTAIN' }, w.board[1].token);
    await t.ok(VOTE, { id, choice: 'FOR' }, w.board[2].token);
    const p = (await t.ok(CLOSE, { id }, w.staff.token)).closeResolution;
    expect(p.status).toBe('DRAFT');
    expect(p.timeline.at(-1).comment).toContain('赞成 1 / 反对 1 / 弃权 1,应到 3 人,实到 3 人');
    expect(p.timeline.at(-1).comment).toContain('赞成票未过半数');
    expect((await notificationsOf(t, w.staff.id, 'project-decision')).some((n) => n.title === '理事会决议未通过')).toBe(true);
  });

  it('the zone board size, when set, is the quorum base', async () => {
    await t.db.query(`UPDATE zones SET board_size = 5 WHERE id = ?`, [w.zoneId]);
    try {
      const id = await walk.proposed();
      await t.ok(VOTE, { id, choice: 'FOR' }, w.board[0].token);
      await t.ok(VOTE, { id, choice: 'FOR' }, w.board[1].token);
      const p = (await t.ok(CLOSE, { id }, w.staff.token)).closeResolution;
      expect(p.status).toBe('DRAFT');
      expect(p.timeline.at(-1).comment).toContain('应到 5 人,实到 2 人');
    } finally {
      await t.db.query(`UPDATE zones SET board_size = NULL WHERE id = ?`, [w.zoneId]);
    }
  });

  it('RETURN sends a resolved project back to DRAFT; it can go round again', async () => {
    const id = await walk.resolved();
    const p = (await t.ok(DECIDE, { id, decision: 'RETURN', comment: '预算请细化' }, w.party.token)).decideProject;
    expect(p.status).toBe('DRAFT');
    expect(p.timeline.at(-1)).toMatchObject({ from: 'RESOLVED', to: 'DRAFT', comment: '预算请细化', returned: true, actor: { id: String(w.party.id) } });
    expect(p.sourceNeeds.every((n: { status: string }) => n.status === 'IN_PROJECT')).toBe(true);
    await t.ok(PROPOSE, { id }, w.staff.token);
    for (const b of w.board) await t.ok(VOTE, { id, choice: 'FOR' }, b.token);
    expect((await t.ok(CLOSE, { id }, w.staff.token)).closeResolution.status).toBe('RESOLVED');
    expect((await t.ok(DECIDE, { id, decision: 'APPROVE', comment: '同意' }, w.party.token)).decideProject.status).toBe('APPROVED');
  });

  it('REJECT cancels the project and its needs go back to the menu', async () => {
    const needId = await acceptedNeed(t, w.zoneId, w.residents[1]);
    const id = await walk.resolved({ sourceNeedIds: [String(needId)] });
    expect(await needStatus(t, needId)).toBe('IN_PROJECT');
    const p = (await t.ok(DECIDE, { id, decision: 'REJECT', comment: '与已有项目重复' }, w.party.token)).decideProject;
    expect(p.status).toBe('CANCELLED');
    expect(p.timeline.at(-1)).toMatchObject({ from: 'RESOLVED', to: 'CANCELLED', comment: '与已有项目重复' });
    expect(await needStatus(t, needId)).toBe('ACCEPTED');
    // the need may start another project
    const again = await t.ok(CREATE, { input: await draftInput(t, w, { sourceNeedIds: [String(needId)] }) }, w.staff.token);
    expect(again.createProject.status).toBe('DRAFT');
  });

  it('cancelProject works before COMPLETED, with a comment, and releases the needs', async () => {
    const needId = await acceptedNeed(t, w.zoneId, w.residents[1]);
    const id = await walk.claimed({ sourceNeedIds: [String(needId)] });
    const p = (await t.ok(CANCEL, { id, comment: '场地无法落实' }, w.staff.token)).cancelProject;
    expect(p.status).toBe('CANCELLED');
    expect(p.timeline.at(-1)).toMatchObject({ from: 'CLAIMED', to: 'CANCELLED', comment: '场地无法落实' });
    expect(await needStatus(t, needId)).toBe('ACCEPTED');
  });

  it('claims up to the limit: CLAIMED on the first, 名额已满 after the last, 已认领 for a unit twice', async () => {
    const id = await walk.published({ claimLimit: 2 });
    let p = (await t.ok(CLAIM, { id, unitId: String(w.units[0]), pledge: '出资 1000 元' }, w.unitAdmins[0].token)).claimProject;
    expect(p).toMatchObject({ status: 'CLAIMED', claimCount: 1 });
    const twice = await t.gql(CLAIM, { id, unitId: String(w.units[0]), pledge: '再认领一次' }, w.unitAdmins[0].token);
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(twice.errors?.[0].message).toContain('已认领');
    p = (await t.ok(CLAIM, { id, unitId: String(w.units[1]), pledge: '派志愿者' }, w.unitAdmins[1].token)).claimProject;
    expect(p).toMatchObject({ status: 'CLAIMED', claimCount: 2 });
    expect(p.claims.map((c: { unit: { id: string } }) => c.unit.id)).toEqual([String(w.units[0]), String(w.units[1])]);
    const full = await t.gql(CLAIM, { id, unitId: String(w.units[2]), pledge: '也想认领' }, w.unitAdmins[2].token);
    expect(full.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(full.errors?.[0].message).toContain('名额已满');
    // only the first claim is a transition
    expect(p.timeline.filter((s: { to: string }) => s.to === 'CLAIMED')).toHaveLength(1);
  });

  it('progress: percent never lower than the unit\'s previous report; project figures sum each unit\'s latest', async () => {
    const id = await walk.published({ claimLimit: 2 });
    await t.ok(CLAIM, { id, unitId: String(w.units[0]), pledge: 'A' }, w.unitAdmins[0].token);
    await t.ok(CLAIM, { id, unitId: String(w.units[1]), pledge: 'B' }, w.unitAdmins[1].token);
    await t.ok(REPORT, { id, unitId: String(w.units[0]), note: '第一次', percent: 40, funds: 1000, beneficiaries: 10 }, w.unitAdmins[0].token);
    await t.ok(REPORT, { id, unitId: String(w.units[1]), note: '第一次', percent: 10, funds: 500, beneficiaries: 5 }, w.unitAdmins[1].token);
    const lower = await t.gql(REPORT, { id, unitId: String(w.units[0]), note: '倒退', percent: 39, funds: 1200, beneficiaries: 12 }, w.unitAdmins[0].token);
    expect(lower.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'percent' });
    const p = (await t.ok(REPORT, { id, unitId: String(w.units[0]), note: '持平', percent: 40, funds: 3000, beneficiaries: 30 }, w.unitAdmins[0].token)).reportProgress;
    expect(p).toMatchObject({ fundsSpentFen: 3500, beneficiaries: 35 });
    expect(p.progress.filter((r: { latest: boolean }) => r.latest)).toHaveLength(2);
  });

  it('joinProject: once per person, party members counted apart', async () => {
    const id = await walk.claimed();
    await t.ok(`mutation { updateMyProfile(isPartyMember: true) { id } }`, {}, w.residents[2].token);
    let p = (await t.ok(JOIN, { id }, w.residents[2].token)).joinProject;
    expect(p).toMatchObject({ volunteerCount: 1, partyMemberVolunteerCount: 1 });
    const again = await t.gql(JOIN, { id }, w.residents[2].token);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    p = (await t.ok(JOIN, { id }, w.residents[1].token)).joinProject;
    expect(p).toMatchObject({ volunteerCount: 2, partyMemberVolunteerCount: 1 });
    await t.ok(`mutation { updateMyProfile(isPartyMember: false) { id } }`, {}, w.residents[2].token);
  });
});
