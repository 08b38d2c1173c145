import { Module } from '@nestjs/common';
import { OrgModule } from '@app/org/org.module';
import { StatsResolver } from './stats.resolver';
import { StatsService } from './stats.service';

/** 片区统计: the figures the council reports (zoneStats, satisfactionByCategory). */
@Module({
  imports: [OrgModule],
  providers: [StatsService, StatsResolver],
  exports: [StatsService],
})
export class StatsModule {}
