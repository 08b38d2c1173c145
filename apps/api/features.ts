import { AuditModule } from '@app/audit/audit.module';
import { AuthModule } from '@app/auth/auth.module';
import { EvaluationModule } from '@app/evaluation/evaluation.module';
import { ExportsModule } from '@app/exports/exports.module';
import { GovernanceModule } from '@app/governance/governance.module';
import { NeedsModule } from '@app/needs/needs.module';
import { NotificationsModule } from '@app/notifications/notifications.module';
import { OrgModule } from '@app/org/org.module';
import { ProjectsModule } from '@app/projects/projects.module';
import { StatsModule } from '@app/stats/stats.module';
import { MatchingModule } from '@app/matching/matching.module';
import { PrintModule } from '@app/print/print.module';
import { ConsentModule } from '@app/consent/consent.module';
import { PhotosModule } from '@app/photos/photos.module';

/** The feature modules the api serves. Each lives in libs/<feature>. */
export const FEATURE_MODULES = [OrgModule, AuthModule, NotificationsModule, NeedsModule, ProjectsModule, EvaluationModule, StatsModule, ExportsModule, GovernanceModule, PrintModule, MatchingModule, ConsentModule, AuditModule, PhotosModule];
