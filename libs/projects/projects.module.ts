import { Module } from '@nestjs/common';
import { OrgModule } from '@app/org/org.module';
import { ClaimsService } from './claims.service';
import { ProjectFlowService } from './project-flow.service';
import { ClaimResolver, ProgressReportResolver, ProjectsResolver, TransitionResolver, VoteResolver } from './projects.resolver';
import { ProjectsService } from './projects.service';

/** 党建项目: drafting, the approval state machine, claims, progress, volunteers, the 项目清单. */
@Module({
  imports: [OrgModule],
  providers: [ProjectsService, ProjectFlowService, ClaimsService, ProjectsResolver, VoteResolver, TransitionResolver, ClaimResolver, ProgressReportResolver],
  exports: [ProjectsService, ProjectFlowService],
})
export class ProjectsModule {}
