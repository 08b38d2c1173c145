import { Module } from '@nestjs/common';
import { PhotosModule } from '@app/photos/photos.module';
import { EvaluationModule } from '@app/evaluation/evaluation.module';
import { OrgModule } from '@app/org/org.module';
import { StatsModule } from '@app/stats/stats.module';
import { NeedsModule } from '@app/needs/needs.module';
import { ProjectsModule } from '@app/projects/projects.module';
import { ExportsController } from './exports.controller';
import { ListExportsController } from './list-exports.controller';
import { ListExportsService } from './list-exports.service';
import { ZoneReportService } from './zone-report.service';

/** Excel exports of the council's figures. */
@Module({
  imports: [OrgModule, StatsModule, EvaluationModule, NeedsModule, ProjectsModule, PhotosModule],
  controllers: [ExportsController, ListExportsController],
  providers: [ZoneReportService, ListExportsService],
})
export class ExportsModule {}
