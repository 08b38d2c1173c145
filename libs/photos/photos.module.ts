import { Module } from '@nestjs/common';
import { Env } from '@config/env';
import { PhotoAccess } from './photo-access';
import { PHOTO_STORAGE, photoStorageFor } from './photo-storage';
import { PhotosController } from './photos.controller';
import { PhotosService } from './photos.service';

/** Photos as evidence: uploads, storage (local disk or S3-compatible), access by the record's rules. */
@Module({
  controllers: [PhotosController],
  providers: [PhotosService, PhotoAccess, { provide: PHOTO_STORAGE, inject: [Env], useFactory: (env: Env) => photoStorageFor(env) }],
  exports: [PhotosService, PhotoAccess],
})
export class PhotosModule {}
