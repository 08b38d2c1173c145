import { Module } from '@nestjs/common';
import { NeedReads } from './need-reads';
import { OrgModule } from '@app/org/org.module';
import { NotificationsModule } from '@app/notifications/notifications.module';
import { ClassifierResolver } from './classifier.resolver';
import { NeedClassificationService } from './need-classification.service';
import { NeedIntakeService } from './need-intake.service';
import { NeedReviewService } from './need-review.service';
import { NeedCorrectionService } from './need-correction.service';
import { MenuSectionResolver, NeedEventResolver, NeedsMenuResolver, NeedsResolver } from './needs.resolver';
import { NeedsService } from './needs.service';
import { PhotosModule } from '@app/photos/photos.module';
import { NeedPhotoAccess } from './need-photo-access';

/** Needs (需求征集), supports, review, the needs menu (需求菜单) and micro-wishes (点亮心愿). */
@Module({
  imports: [OrgModule, NotificationsModule, PhotosModule],
  providers: [
    NeedsService,
    NeedIntakeService,
    NeedReviewService,
    NeedCorrectionService,
    NeedClassificationService,
    NeedsResolver,
    NeedEventResolver,
    NeedsMenuResolver,
    MenuSectionResolver,
    ClassifierResolver,
    NeedPhotoAccess,
    NeedReads,
  ],
  exports: [NeedsService, NeedIntakeService, NeedReviewService, NeedClassificationService, NeedReads],
})
export class NeedsModule {}
