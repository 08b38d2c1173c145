import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { loggerParams } from '@app/common/logging';
import { AppConfigModule } from '@config/config.module';
import { Env } from '@config/env';
import { RateLimitModule } from '@app/common/rate-limit.module';
import { AuthModule } from '@app/auth/auth.module';
import { DatabaseModule } from '@app/database/database.module';
import { JobsModule } from '@app/jobs/jobs.module';
import { ProcessorsModule } from '@app/processors/processors.module';

/** The worker: Bull processors plus the outbox relay; no HTTP. Run as many as the load needs. */
@Module({})
export class WorkerModule {
  static forRoot(env: Env): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.forRoot(env),
        LoggerModule.forRoot(loggerParams(env)),
        DatabaseModule.forRoot(),
        RateLimitModule.forRoot(env.REDIS_URL ?? null),
        JobsModule.forRoot({ mode: 'bull', redisUrl: env.REDIS_URL, relay: true, process: true, concurrency: env.WORKER_CONCURRENCY }),
        AuthModule,
        ProcessorsModule,
      ],
    };
  }
}
