import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Env } from '@config/env';
import { WatchedTablesCache } from '@app/database/invalidation';
import { SurveyEntity } from '@app/evaluation/evaluation.entities';
import { NeedEntity } from '@app/needs/needs.entities';
import { MemberUnitEntity } from '@app/org/org.entities';
import { ProgressReportEntity, ProjectClaimEntity, ProjectEntity } from '@app/projects/projects.entities';

/**
 * The yearly scorecards of a zone, kept per process between writes to the tables they are read
 * from: member units, claims, projects (completion, dates), progress reports, surveys (closing
 * freezes the results) and needs (wishes lit). Every write of those goes through TypeORM — the one
 * raw UPDATE of needs (a merge's support count) changes no figure of the scorecard.
 */
@Injectable()
export class ScorecardCache extends WatchedTablesCache implements OnModuleInit, OnModuleDestroy {
  constructor(@InjectDataSource() db: DataSource, env: Env) {
    super(db, env.REDIS_URL, 'gr:scorecard-changed', [MemberUnitEntity, ProjectClaimEntity, ProjectEntity, ProgressReportEntity, SurveyEntity, NeedEntity]);
  }
}
