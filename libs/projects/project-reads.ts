import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsSelect, In } from 'typeorm';
import { ProjectClaimEntity, ProjectEntity, ProjectVolunteerEntity } from './projects.entities';

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

  /** The units that claimed the project. */
  async claimingUnitIds(projectId: number, m: EntityManager = this.db.manager): Promise<number[]> {
    return (await m.getRepository(ProjectClaimEntity).find({ where: { projectId }, select: ['unitId'] })).map((c) => c.unitId);
  }

  /** The people who joined the project as volunteers. */
  async volunteerIds(projectId: number, m: EntityManager = this.db.manager): Promise<number[]> {
    return (await m.getRepository(ProjectVolunteerEntity).find({ where: { projectId }, select: ['userId'] })).map((v) => v.userId);
  }
}
