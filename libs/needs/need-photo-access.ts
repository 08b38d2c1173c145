import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PhotoAccess } from '@app/photos/photo-access';
import { NeedEntity } from './needs.entities';
import { NeedsService } from './needs.service';

/** A need's photos are seen by whoever may see the need (need(id) would show it). */
@Injectable()
export class NeedPhotoAccess implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: PhotoAccess,
  ) {}

  onModuleInit() {
    this.access.register('need', async (viewer, id) => {
      const n = await this.db.getRepository(NeedEntity).findOne({ where: { id }, select: ['id', 'status', 'submitterId', 'zoneId'] });
      return !!n && NeedsService.canSee(viewer, n);
    });
  }
}
