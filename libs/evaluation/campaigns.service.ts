import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { clock } from '@app/common/clock';
import { BadInputError, ConflictError, isUniqueViolation, NotFoundError } from '@app/common/errors';
import { ProjectStatus, Role, NOMINABLE_PROJECT_STATUSES } from '@app/common/glossary';
import { LoaderKey, byKeys, groupByKeys } from '@app/common/loaders';
import type { Principal } from '@app/common/request-context';
import { cleanText } from '@app/common/text';
import { assertZoneRole } from '@app/common/access';
import { inTransaction, lockRow } from '@app/database/transaction';
import { ProjectReads } from '@app/projects/project-reads';
import { isCouncilOf } from './surveys.service';
import { CampaignEntity, CampaignNomineeEntity, CampaignVoteEntity } from './evaluation.entities';
import { alreadyVoted, campaignClosed, notAVoter, ownUnitsProject } from './evaluation.errors';
import { rankByVotes } from './scoring';

const NOMINABLE: string[] = NOMINABLE_PROJECT_STATUSES;

/** Who votes in selections: residents and office workers (and unit admins, who may do what residents may). */
export function isVoter(p: Principal, zoneId: number): boolean {
  if (isCouncilOf(p, zoneId)) return false;
  return p.grants.some(
    (g) => g.role === Role.RESIDENT || g.role === Role.WHITE_COLLAR || (g.role === Role.UNIT_ADMIN && (g.zoneId === null || g.zoneId === zoneId)),
  );
}

/**
 * 评选 (selections): staff nominate completed or evaluated projects of the zone, each person votes
 * once per campaign (primary key campaign_id + voter_id), closing ranks the nominees by votes.
 */
@Injectable()
export class CampaignsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly projects: ProjectReads,
  ) {}

  /** nominees of each campaign: by rank once closed, by votes while open; ties by project id */
  readonly nomineesByCampaign = new LoaderKey<number, CampaignNomineeEntity[]>('nomineesByCampaign', async (ids) => {
    const rows = await this.db.getRepository(CampaignNomineeEntity).find({ where: { campaignId: In([...ids]) } });
    rows.sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || b.votes - a.votes || a.projectId - b.projectId);
    return groupByKeys(ids, rows, (n) => n.campaignId);
  });
  /** key `${voterId}:${campaignId}` → the project voted for */
  readonly voteOf = new LoaderKey<string, number | null>('campaignVoteOf', async (keys) => {
    const pairs = keys.map((k) => k.split(':').map(Number));
    const rows = await this.db.getRepository(CampaignVoteEntity).find({ where: pairs.map(([voterId, campaignId]) => ({ voterId, campaignId })) });
    return byKeys(keys, rows, (v) => `${v.voterId}:${v.campaignId}`).map((v) => v?.projectId ?? null);
  });

  findCampaign(id: number): Promise<CampaignEntity | null> {
    return this.db.getRepository(CampaignEntity).findOneBy({ id });
  }

  async campaign(id: number): Promise<CampaignEntity> {
    const c = await this.findCampaign(id);
    if (!c) throw new NotFoundError('Campaign', id);
    return c;
  }

  campaigns(zoneId: number): Promise<CampaignEntity[]> {
    return this.db.getRepository(CampaignEntity).find({ where: { zoneId }, order: { id: 'DESC' }, take: 100 });
  }

  async createCampaign(viewer: Principal, zoneId: number, title: string, projectIds: number[]): Promise<CampaignEntity> {
    assertZoneRole(viewer, zoneId, [Role.COUNCIL_STAFF], '发起评选');
    const cleanTitle = cleanText(title, 'title', '评选名称', 1, 80);
    const ids = [...new Set(projectIds)].sort((a, b) => a - b);
    if (!ids.length) throw new BadInputError('nomineeRequired', 'projectIds');
    const projects = await this.projects.projects(ids, ['id', 'zoneId', 'status']);
    const ok = new Set(projects.filter((p) => p.zoneId === zoneId && NOMINABLE.includes(p.status)).map((p) => p.id));
    const bad = ids.filter((id) => !ok.has(id));
    if (bad.length) {
      throw new BadInputError('notNominable', 'projectIds', { projectIds: bad });
    }
    return inTransaction(this.db, async (m) => {
      const c = await m.getRepository(CampaignEntity).save(
        m.getRepository(CampaignEntity).create({ zoneId, title: cleanTitle, open: true, createdById: viewer.id, closedAt: null }),
      );
      await m.getRepository(CampaignNomineeEntity).insert(ids.map((projectId) => ({ campaignId: c.id, projectId, votes: 0, rank: null })));
      return c;
    });
  }

  /**
   * One vote per person per campaign. The campaign row is read with a shared lock (MySQL), so
   * closeCampaign, which updates it, waits for votes in flight and ranks them all; a vote after
   * the close sees it closed.
   */
  async vote(viewer: Principal, campaignId: number, projectId: number): Promise<CampaignEntity> {
    const existing = await this.campaign(campaignId);
    if (!isVoter(viewer, existing.zoneId)) throw notAVoter();
    if (viewer.unitId && (await this.projects.unitClaimed(projectId, viewer.unitId))) throw ownUnitsProject();
    try {
      await inTransaction(this.db, async (m) => {
        const c = await lockRow(m, CampaignEntity, campaignId, { mode: 'read' });
        if (!c?.open) throw campaignClosed(campaignId);
        const bumped = await m
          .createQueryBuilder()
          .update(CampaignNomineeEntity)
          .set({ votes: () => 'votes + 1' })
          .where('campaign_id = :campaignId AND project_id = :projectId', { campaignId, projectId })
          .execute();
        if (!bumped.affected) throw new BadInputError('notANominee', 'projectId', { projectId: String(projectId) });
        await m.getRepository(CampaignVoteEntity).insert({ campaignId, voterId: viewer.id, projectId });
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw alreadyVoted();
      throw e;
    }
    return this.campaign(campaignId);
  }

  /** Closes the campaign and ranks its nominees by votes (ties share a rank: 1, 1, 3). */
  async close(viewer: Principal, campaignId: number): Promise<CampaignEntity> {
    const existing = await this.campaign(campaignId);
    assertZoneRole(viewer, existing.zoneId, [Role.COUNCIL_STAFF], '结束评选');
    await inTransaction(this.db, async (m) => {
      const closed = await m
        .createQueryBuilder()
        .update(CampaignEntity)
        .set({ open: false, closedAt: clock.now() })
        .where('id = :id AND `open` = :open', { id: campaignId, open: true })
        .execute();
      if (!closed.affected) throw new ConflictError('campaignAlreadyClosed', { campaignId: String(campaignId) });
      const nominees = await m.getRepository(CampaignNomineeEntity).find({ where: { campaignId } });
      for (const r of rankByVotes(nominees, (n) => n.votes, (n) => n.projectId)) {
        await m
          .createQueryBuilder()
          .update(CampaignNomineeEntity)
          .set({ rank: r.rank })
          .where('campaign_id = :campaignId AND project_id = :projectId', { campaignId, projectId: r.item.projectId })
          .execute();
      }
    });
    return this.campaign(campaignId);
  }
}
