import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsSelect, In } from 'typeorm';
import { ProgressReportEntity, ProjectClaimEntity, ProjectEntity, ProjectVolunteerEntity } from './projects.entities';

/**
 * What another feature may read about projects (a feature owns its tables; evaluation and the
 * others ask here instead of querying them). `m` lets a caller read inside its own transaction.
 */
@Injectable()
export class ProjectReads {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The projects with these ids that exist, with the columns asked for (all when none are). */
  projects(ids: number[], select?: (keyof ProjectEntity)[]): Promise<ProjectEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.db.getRepository(ProjectEntity).find({ where: { id: In(ids) }, ...(select ? { select: select as FindOptionsSelect<ProjectEntity> } : {}) });
  }

  project(id: number): Promise<ProjectEntity | null> {
    return this.db.getRepository(ProjectEntity).findOneBy({ id });
  }

  /** Whether this unit holds a claim on the project (released claims included: it took part). */
  unitClaimed(projectId: number, unitId: number): Promise<boolean> {
    return this.db.getRepository(ProjectClaimEntity).existsBy({ projectId, unitId });
  }

  /** The units that claimed the project (released claims included). */
  async claimingUnitIds(projectId: number, m: EntityManager = this.db.manager): Promise<number[]> {
    return (await m.getRepository(ProjectClaimEntity).find({ where: { projectId }, select: ['unitId'] })).map((c) => c.unitId);
  }

  /**
   * For reports on many projects (any number of ids, read 1000 at a time): each project's claims
   * (released ones included) in claim order, its progress (Σ of each unit's latest report) and
   * the latest report per `projectId:unitId`.
   */
  async claimsAndProgress(projectIds: number[]): Promise<{
    claims: Map<number, ProjectClaimEntity[]>;
    progress: Map<number, { spent: number; beneficiaries: number }>;
    latest: Map<string, ProgressReportEntity>;
  }> {
    const claims = new Map<number, ProjectClaimEntity[]>();
    const progress = new Map<number, { spent: number; beneficiaries: number }>();
    const latest = new Map<string, ProgressReportEntity>();
    for (let i = 0; i < projectIds.length; i += 1000) {
      const ids = projectIds.slice(i, i + 1000);
      const [cs, rs] = await Promise.all([
        this.db.getRepository(ProjectClaimEntity).find({ where: { projectId: In(ids) }, order: { id: 'ASC' } }),
        this.db.getRepository(ProgressReportEntity).find({ where: { projectId: In(ids), latest: true } }),
      ]);
      for (const c of cs) claims.set(c.projectId, [...(claims.get(c.projectId) ?? []), c]);
      for (const r of rs) {
        const p = progress.get(r.projectId) ?? { spent: 0, beneficiaries: 0 };
        p.spent += r.fundsSpentFen;
        p.beneficiaries += r.beneficiaries;
        progress.set(r.projectId, p);
        latest.set(`${r.projectId}:${r.unitId}`, r);
      }
    }
    return { claims, progress, latest };
  }

  /** The people who joined the project as volunteers. */
  async volunteerIds(projectId: number, m: EntityManager = this.db.manager): Promise<number[]> {
    return (await m.getRepository(ProjectVolunteerEntity).find({ where: { projectId }, select: ['userId'] })).map((v) => v.userId);
  }
}
