import { Module } from '@nestjs/common';
import { NeedsModule } from '@app/needs/needs.module';
import { ProjectsModule } from '@app/projects/projects.module';
import { CampaignsService } from './campaigns.service';
import { EvaluationResultsService } from './evaluation-results.service';
import { CampaignResolver, NomineeResolver, ProjectEvaluationResolver, SurveyResolver } from './evaluation.resolver';
import { SurveyLinksModule } from './survey-links';
import { SurveysService } from './surveys.service';

/** 成效评估与评选: surveys, responses, results (Project.evaluation) and selection campaigns. */
@Module({
  // evaluation reads projects and their source needs through what those features export
  imports: [SurveyLinksModule, ProjectsModule, NeedsModule],
  providers: [SurveysService, EvaluationResultsService, CampaignsService, SurveyResolver, ProjectEvaluationResolver, CampaignResolver, NomineeResolver],
  exports: [EvaluationResultsService, SurveysService],
})
export class EvaluationModule {}
