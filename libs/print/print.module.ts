import { Module } from '@nestjs/common';
import { EvaluationModule } from '@app/evaluation/evaluation.module';
import { OrgModule } from '@app/org/org.module';
import { ProjectsModule } from '@app/projects/projects.module';
import { PrintController } from './print.controller';
import { PrintService } from './print.service';

/** Printable A4 pages: public notices (公示) and household-visit sheets, with QR codes. */
@Module({
  imports: [OrgModule, ProjectsModule, EvaluationModule],
  controllers: [PrintController],
  providers: [PrintService],
})
export class PrintModule {}
