import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobName } from '@app/jobs/job-names';
import { JobsService } from '@app/jobs/jobs.service';
import { NeedClassificationService } from './need-classification.service';

/** Runs the needs jobs: ClassifyNeed (suggest a category) and LearnCategory (learn staff's choice). */
@Injectable()
export class NeedsProcessor implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly classification: NeedClassificationService,
  ) {}

  onModuleInit() {
    this.jobs.register(JobName.ClassifyNeed, async ({ needId }) => this.classification.classify(needId));
    this.jobs.register(JobName.LearnCategory, async ({ needId, category }) => this.classification.learn(needId, category));
  }
}
