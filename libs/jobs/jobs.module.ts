import { DynamicModule, Global, Module } from '@nestjs/common';
import { JobsResolver } from './jobs.resolver';
import { JobsService } from './jobs.service';
import { JOBS_OPTIONS, JobsOptions, OutboxRelay } from './outbox.relay';

@Global()
@Module({})
export class JobsModule {
  static forRoot(options: JobsOptions): DynamicModule {
    return {
      module: JobsModule,
      providers: [JobsService, OutboxRelay, JobsResolver, { provide: JOBS_OPTIONS, useValue: options }],
      exports: [JobsService, OutboxRelay],
    };
  }
}
