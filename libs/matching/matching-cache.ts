import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Env } from '@config/env';
import { WatchedTablesCache } from '@app/database/invalidation';
import { BuildingEntity, CommunityEntity, MemberUnitEntity } from '@app/org/org.entities';
import { ProgressReportEntity, ProjectClaimEntity, ProjectEntity, ProjectEventEntity } from '@app/projects/projects.entities';
import { SurveyEntity } from '@app/evaluation/evaluation.entities';
import { PairingEntity, ResourceEntity } from './matching.entities';

/**
 * Zone-level aggregates of the ranking (track records per category, open claims per unit, the
 * zone's units, pairings, places and resources), kept per process between writes to the tables
 * they are read from: units and places, resources and pairings, projects (status, category,
 * completion, claim counts), claims, the timeline (starts), progress reports (first report) and
 * surveys (closed results). Needs are not among them: the places of a project's source needs are
 * read on every call. Writes in the worker process (overdue alerts, notifications, classification,
 * retention) touch none of these facts.
 */
@Injectable()
export class MatchingCache extends WatchedTablesCache implements OnModuleInit, OnModuleDestroy {
  constructor(@InjectDataSource() db: DataSource, env: Env) {
    super(db, env.REDIS_URL, 'gr:matching-changed', [
      MemberUnitEntity,
      CommunityEntity,
      BuildingEntity,
      ResourceEntity,
      PairingEntity,
      ProjectEntity,
      ProjectClaimEntity,
      ProjectEventEntity,
      ProgressReportEntity,
      SurveyEntity,
    ]);
  }
}
