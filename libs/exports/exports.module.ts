import { Module } from '@nestjs/common';
import { EvaluationModule } from '@app/evaluation/evaluation.module';
import { OrgModule } from '@app/org/org.module';
import { StatsModule } from '@app/stats/stats.module';
import { ExportsController } from './exports.controller';
import { ZoneReportService } from './zone-report.service';

/** Excel exports of the council's figures. */
@Module({
  imports: [OrgModule, StatsModule, EvaluationModule],
  controllers: [ExportsController],
  providers: [ZoneReportService],
})
export class ExportsModule {}
