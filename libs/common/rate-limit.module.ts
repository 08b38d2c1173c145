import { DynamicModule, Module } from '@nestjs/common';
import { RATE_LIMIT_REDIS_URL, RateLimitService } from './rate-limit';

/** Rate limits for every feature: Redis-backed when REDIS_URL is set, in memory otherwise. */
@Module({})
export class RateLimitModule {
  static forRoot(redisUrl: string | null): DynamicModule {
    return {
      module: RateLimitModule,
      global: true,
      providers: [{ provide: RATE_LIMIT_REDIS_URL, useValue: redisUrl }, RateLimitService],
      exports: [RateLimitService],
    };
  }
}
