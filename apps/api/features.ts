import { AuthModule } from '@app/auth/auth.module';
import { NotificationsModule } from '@app/notifications/notifications.module';
import { OrgModule } from '@app/org/org.module';

/** The feature modules the api serves. Each lives in libs/<feature>. */
export const FEATURE_MODULES = [OrgModule, AuthModule, NotificationsModule];
