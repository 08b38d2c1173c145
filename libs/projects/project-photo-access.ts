import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PhotoAccess } from '@app/photos/photo-access';
import { ProgressReportEntity, ProgressRevisionEntity, ProjectEntity } from './projects.entities';
import { ProjectsService } from './projects.service';

/** A progress report's photos (and those of its replaced versions) are seen by whoever may see the project. */
@Injectable()
export class ProjectPhotoAccess implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: PhotoAccess,
  ) {}

  onModuleInit() {
    const projectVisible = async (viewer: Parameters<typeof ProjectsService.canSee>[0], projectId: number | undefined) => {
      if (!projectId) return false;
      const p = await this.db.getRepository(ProjectEntity).findOne({ where: { id: projectId }, select: ['id', 'zoneId', 'status', 'offeredByUnitId'] });
      return !!p && ProjectsService.canSee(viewer, p);
    };
    this.access.register('progress', async (viewer, id) =>
      projectVisible(viewer, (await this.db.getRepository(ProgressReportEntity).findOne({ where: { id }, select: ['id', 'projectId'] }))?.projectId),
    );
    this.access.register('progress-revision', async (viewer, id) =>
      projectVisible(viewer, (await this.db.getRepository(ProgressRevisionEntity).findOne({ where: { id }, select: ['id', 'projectId'] }))?.projectId),
    );
  }
}
