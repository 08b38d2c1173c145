import { Module } from '@nestjs/common';
import { NeedsModule } from '@app/needs/needs.module';
import { OrgModule } from '@app/org/org.module';
import { ProjectsModule } from '@app/projects/projects.module';
import { MatchingCache } from './matching-cache';
import { MatchingReads } from './matching.reads';
import { MatchingResolver, PairingResolver, ResourceResolver, UnitSupplyResolver, VolunteerTeamResolver } from './matching.resolver';
import { RecommendService } from './recommend.service';
import { SupplyService } from './supply.service';

/** Matching: 资源清单, 两楼结对, 志愿者服务队 and explained recommendations (domain.md §8). */
@Module({
  imports: [OrgModule, ProjectsModule, NeedsModule],
  providers: [SupplyService, RecommendService, MatchingReads, MatchingCache, MatchingResolver, ResourceResolver, PairingResolver, VolunteerTeamResolver, UnitSupplyResolver],
  exports: [SupplyService, RecommendService],
})
export class MatchingModule {}
