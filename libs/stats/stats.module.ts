import { Module } from '@nestjs/common';
import { OrgModule } from '@app/org/org.module';
import { ScorecardCache } from './scorecard-cache';
import { StatsResolver } from './stats.resolver';
import { StatsService } from './stats.service';
import { UnitScorecardResolver } from './unit-scorecard.resolver';
import { UnitScorecardService } from './unit-scorecard.service';

/** 片区统计: the figures the council reports (zoneStats, satisfactionByCategory) and the unit scorecard (目标考核). */
@Module({
  imports: [OrgModule],
  providers: [StatsService, StatsResolver, UnitScorecardService, UnitScorecardResolver, ScorecardCache],
  exports: [StatsService, UnitScorecardService],
})
export class StatsModule {}
