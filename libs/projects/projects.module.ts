import { Module } from '@nestjs/common';
import { OrgModule } from '@app/org/org.module';
import { NotificationsModule } from '@app/notifications/notifications.module';
import { ClaimsService } from './claims.service';
import { ProjectFlowService } from './project-flow.service';
import { ClaimResolver, NeedProjectResolver, ProgressReportResolver, ProgressRevisionResolver, ProjectsResolver, TransitionResolver, VoteResolver } from './projects.resolver';
import { PhotosModule } from '@app/photos/photos.module';
import { ProjectPhotoAccess } from './project-photo-access';
import { ProjectsService } from './projects.service';
import { OverdueService } from './overdue.service';
import { ProjectReads } from './project-reads';

/** 党建项目: drafting, the approval state machine, claims, progress, volunteers, the 项目清单. */
@Module({
  imports: [OrgModule, NotificationsModule, PhotosModule],
  providers: [OverdueService, ProjectsService, ProjectFlowService, ClaimsService, ProjectsResolver, VoteResolver, TransitionResolver, ClaimResolver, ProgressReportResolver, ProgressRevisionResolver, NeedProjectResolver, ProjectPhotoAccess, ProjectReads],
  exports: [ProjectsService, ProjectFlowService, OverdueService, ProjectReads],
})
export class ProjectsModule {}
