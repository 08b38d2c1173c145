import { Module } from '@nestjs/common';
import { OrgModule } from '@app/org/org.module';
import { NotificationsModule } from '@app/notifications/notifications.module';
import { ClaimsService } from './claims.service';
import { ProjectFlowService } from './project-flow.service';
import { ClaimResolver, ProgressReportResolver, ProjectsResolver, TransitionResolver, VoteResolver } from './projects.resolver';
import { ProjectsService } from './projects.service';
import { OverdueService } from './overdue.service';

/** 党建项目: drafting, the approval state machine, claims, progress, volunteers, the 项目清单. */
@Module({
  imports: [OrgModule, NotificationsModule],
  providers: [OverdueService, ProjectsService, ProjectFlowService, ClaimsService, ProjectsResolver, VoteResolver, TransitionResolver, ClaimResolver, ProgressReportResolver],
  exports: [ProjectsService, ProjectFlowService, OverdueService],
})
export class ProjectsModule {}
