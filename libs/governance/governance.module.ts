import { Module } from '@nestjs/common';
import { OrgModule } from '@app/org/org.module';
import { ProjectsModule } from '@app/projects/projects.module';
import { StatsModule } from '@app/stats/stats.module';
import { CommitteeResolver, MeetingResolver, PresidencyResolver, ProjectMeetingsResolver, ZoneGovernanceResolver } from './governance.resolver';
import { GovernanceService } from './governance.service';

/** 促进会治理: professional committees, the rotating president, meetings with minutes. */
@Module({
  imports: [OrgModule, ProjectsModule, StatsModule],
  providers: [GovernanceService, ZoneGovernanceResolver, CommitteeResolver, MeetingResolver, ProjectMeetingsResolver, PresidencyResolver],
  exports: [GovernanceService],
})
export class GovernanceModule {}
