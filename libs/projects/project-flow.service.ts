import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { UsersService } from '@app/auth/users.service';
import { Decision, label, ProjectOrigin, ProjectStatus, Role, VoteChoice } from '@app/common/glossary';
import type { Principal } from '@app/common/request-context';
import { cleanText } from '@app/common/text';
import { JobName } from '@app/jobs/job-names';
import { JobsService } from '@app/jobs/jobs.service';
import { fulfilSourceNeeds, releaseSourceNeeds } from '@app/needs/need-project-link';
import { OrgService } from '@app/org/org.service';
import { NotFoundError } from '@app/common/errors';
import { COMMENT_MAX } from './dto/project.inputs';
import { assertProjectAction, loadProjectFacts } from './project-actions';
import { applyProjectMove, lockProject, ProjectMove, loadProject } from './project-state';
import { inTransaction } from '@app/database/transaction';
import { ProjectClaimEntity, ProjectEntity, ProjectVoteEntity } from './projects.entities';

export interface Tally {
  for: number;
  against: number;
  abstain: number;
  cast: number;
  boardSize: number;
  quorum: boolean;
  passed: boolean;
}

/**
 * 理事会决议 arithmetic: quorum is votes cast > half of the board; the resolution passes when,
 * with quorum, FOR votes > half of the votes cast.
 */
export function tallyVotes(choices: VoteChoice[], boardSize: number): Tally {
  const count = (c: VoteChoice) => choices.filter((x) => x === c).length;
  const t = { for: count(VoteChoice.FOR), against: count(VoteChoice.AGAINST), abstain: count(VoteChoice.ABSTAIN), cast: choices.length, boardSize };
  const quorum = t.cast * 2 > boardSize;
  return { ...t, quorum, passed: quorum && t.for * 2 > t.cast };
}

export function describeTally(t: Tally): string {
  const verdict = !t.quorum ? '未达到法定人数,决议未通过' : t.passed ? '决议通过' : '赞成票未过半数,决议未通过';
  return `赞成 ${t.for} / 反对 ${t.against} / 弃权 ${t.abstain},应到 ${t.boardSize} 人,实到 ${t.cast} 人;${verdict}`;
}

/**
 * The approval side of the pipeline (domain.md §4): propose, board vote and resolution, party
 * committee decision, publish, start, complete, cancel. Each checks the caller's role in the
 * project's zone (FORBIDDEN) before the state machine checks the state (CONFLICT).
 */
@Injectable()
export class ProjectFlowService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly org: OrgService,
    private readonly users: UsersService,
  ) {}

  private comment(value: string | null | undefined, required: boolean): string | null {
    if (!required && (value === null || value === undefined || value.trim() === '')) return null;
    return cleanText(value, 'comment', '说明', 1, COMMENT_MAX);
  }

  /** proposeProject (staff): DRAFT → PROPOSED; opens a new resolution round. */
  async propose(viewer: Principal | null, projectId: number, comment?: string | null): Promise<ProjectEntity> {
    const p = await loadProject(this.db, projectId);
    assertProjectAction('propose', viewer, p);
    const text = this.comment(comment, false);
    return inTransaction(this.db, (m) => applyProjectMove(m, projectId, 'propose', viewer.id, text ?? '促进会提议,提交理事会表决'));
  }

  /** castVote: a BOARD_MEMBER of the zone, while PROPOSED; one vote per member per round, changeable. */
  async castVote(viewer: Principal | null, projectId: number, choice: VoteChoice): Promise<ProjectEntity> {
    const p = await loadProject(this.db, projectId);
    assertProjectAction('vote', viewer, p);
    return inTransaction(this.db, async (m) => {
      const current = await lockProject(m, projectId);
      assertProjectAction('vote', viewer, current);
      const key = { projectId, round: current.resolutionRound, voterId: viewer.id };
      await m.createQueryBuilder().insert().into(ProjectVoteEntity).values({ ...key, choice }).orIgnore().execute();
      await m
        .createQueryBuilder()
        .update(ProjectVoteEntity)
        .set({ choice })
        .where('project_id = :projectId AND round = :round AND voter_id = :voterId', key)
        .execute();
      return current;
    });
  }

  /** closeResolution (staff): tallies the round's votes → RESOLVED, or back to DRAFT with the tally. */
  async closeResolution(viewer: Principal | null, projectId: number): Promise<ProjectEntity> {
    const p = await loadProject(this.db, projectId);
    assertProjectAction('closeResolution', viewer, p);
    return inTransaction(this.db, async (m) => {
      const current = await lockProject(m, projectId);
      assertProjectAction('closeResolution', viewer, current);
      const votes = await m.getRepository(ProjectVoteEntity).find({ where: { projectId, round: current.resolutionRound }, select: ['choice'] });
      const tally = tallyVotes(
        votes.map((v) => v.choice),
        await this.boardSize(m, current.zoneId),
      );
      const move: ProjectMove = tally.passed ? 'resolve' : 'returnToDraft';
      const moved = await applyProjectMove(m, projectId, move, viewer.id, `理事会表决(第 ${current.resolutionRound} 轮):${describeTally(tally)}`);
      await this.tellProposer(m, moved, `project-resolution:${projectId}:${current.resolutionRound}`, tally.passed ? '理事会决议通过' : '理事会决议未通过', describeTally(tally));
      return moved;
    });
  }

  /** Board size for the quorum: zones.board_size if set, else the zone's BOARD_MEMBER grants. */
  async boardSize(m: EntityManager, zoneId: number): Promise<number> {
    return (await this.org.boardSizeSet(zoneId, m)) ?? this.users.boardMemberCount(zoneId, m);
  }

  /** decideProject (party committee, with a comment): APPROVE / RETURN / REJECT a RESOLVED project. */
  async decide(viewer: Principal | null, projectId: number, decision: Decision, comment: string): Promise<ProjectEntity> {
    const p = await loadProject(this.db, projectId);
    assertProjectAction('decide', viewer, p);
    const text = this.comment(comment, true)!;
    return inTransaction(this.db, async (m) => {
      // every decision starts from RESOLVED (approve, reject and — for this caller — returnToDraft)
      const current = await lockProject(m, projectId);
      assertProjectAction('decide', viewer, current);
      let moved: ProjectEntity;
      if (decision === Decision.APPROVE) moved = await applyProjectMove(m, projectId, 'approve', viewer.id, text);
      else if (decision === Decision.RETURN) moved = await applyProjectMove(m, projectId, 'returnToDraft', viewer.id, text, { onlyFrom: [ProjectStatus.RESOLVED] });
      else {
        moved = await applyProjectMove(m, projectId, 'reject', viewer.id, text);
        await releaseSourceNeeds(m, projectId, viewer.id, `项目「${moved.title}」未获党委批准,需求回到需求菜单`);
      }
      await this.tellProposer(
        m,
        moved,
        `project-decision:${projectId}:${moved.resolutionRound}`,
        `社区党委:${label('Decision', decision)}`,
        `${label('Decision', decision)}。意见:${text}`,
      );
      return moved;
    });
  }

  /** publishProject (staff): APPROVED → PUBLISHED, onto the 项目清单; the zone's unit admins are told. */
  async publish(viewer: Principal | null, projectId: number): Promise<ProjectEntity> {
    const p = await loadProject(this.db, projectId);
    assertProjectAction('publish', viewer, p);
    return inTransaction(this.db, async (m) => {
      let moved = await applyProjectMove(m, projectId, 'publish', viewer.id, '发布到项目清单');
      if (moved.origin === ProjectOrigin.UNIT_OFFER && moved.offeredByUnitId) moved = await this.offeringUnitClaims(m, moved, viewer.id);
      await this.jobs.enqueue(m, JobName.Notify, {
        zoneRoles: { zoneId: moved.zoneId, roles: [Role.UNIT_ADMIN] },
        zoneId: moved.zoneId,
        kind: 'project-published',
        title: '项目清单有新项目',
        body: `项目「${moved.title}」已发布,欢迎成员单位认领(名额 ${moved.claimLimit} 个)。`,
        link: `/projects/${projectId}`,
        dedupeKey: `project-published:${projectId}`,
      });
      return moved;
    });
  }

  /** 单位申报: on publish the offering unit holds the first claim, with the pledge it offered. */
  private async offeringUnitClaims(m: EntityManager, project: ProjectEntity, actorId: number): Promise<ProjectEntity> {
    const unit = await this.org.findUnit(project.offeredByUnitId!, m);
    if (!unit) throw new NotFoundError('Member unit', project.offeredByUnitId!);
    const pledge = project.offerPledge ?? '单位申报';
    await m.createQueryBuilder().update(ProjectEntity).set({ claimCount: () => 'claim_count + 1' }).where('id = :id', { id: project.id }).execute();
    await m.insert(ProjectClaimEntity, { projectId: project.id, zoneId: project.zoneId, unitId: unit.id, pledge, pledgedFundsFen: 0, pledgedVolunteers: 0, claimedById: project.createdById });
    return applyProjectMove(m, project.id, 'claim', actorId, `申报单位 ${unit.name} 认领:${pledge.slice(0, 200)}`);
  }

  /** startProject (staff or a claiming unit): CLAIMED → IN_PROGRESS. */
  async start(viewer: Principal | null, projectId: number): Promise<ProjectEntity> {
    const p = await loadProject(this.db, projectId);
    assertProjectAction('start', viewer, p, await loadProjectFacts(this.db, viewer, projectId));
    return inTransaction(this.db, (m) => applyProjectMove(m, projectId, 'start', viewer.id, '项目开始实施'));
  }

  /** completeProject (staff): IN_PROGRESS → COMPLETED; source needs FULFILLED; submitters and supporters told. */
  async complete(viewer: Principal | null, projectId: number): Promise<ProjectEntity> {
    const p = await loadProject(this.db, projectId);
    assertProjectAction('complete', viewer, p);
    return inTransaction(this.db, async (m) => {
      const moved = await applyProjectMove(m, projectId, 'complete', viewer.id, '项目已完成');
      const { peopleToTell } = await fulfilSourceNeeds(m, projectId, viewer.id, `项目「${moved.title}」已完成`);
      if (peopleToTell.length) {
        await this.jobs.enqueue(m, JobName.Notify, {
          userIds: peopleToTell,
          zoneId: moved.zoneId,
          kind: 'project-completed',
          title: '你关心的需求已实现',
          body: `由需求立项的「${moved.title}」已完成,感谢你的参与。`,
          link: `/projects/${projectId}`,
          dedupeKey: `project-completed:${projectId}`,
        });
      }
      return moved;
    });
  }

  /** cancelProject (staff, with a comment): any state before COMPLETED → CANCELLED; source needs back to ACCEPTED. */
  async cancel(viewer: Principal | null, projectId: number, comment: string): Promise<ProjectEntity> {
    const p = await loadProject(this.db, projectId);
    assertProjectAction('cancel', viewer, p);
    const text = this.comment(comment, true)!;
    return inTransaction(this.db, async (m) => {
      const moved = await applyProjectMove(m, projectId, 'cancel', viewer.id, text);
      await releaseSourceNeeds(m, projectId, viewer.id, `项目「${moved.title}」已撤销,需求回到需求菜单`);
      return moved;
    });
  }

  private async tellProposer(m: EntityManager, p: ProjectEntity, dedupeKey: string, title: string, body: string): Promise<void> {
    if (!p.proposedById) return;
    await this.jobs.enqueue(m, JobName.Notify, { userIds: [p.proposedById], zoneId: p.zoneId, kind: 'project-decision', title, body: `项目「${p.title}」:${body}`, link: `/projects/${p.id}`, dedupeKey });
  }
}
