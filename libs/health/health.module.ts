import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HEALTH_REDIS_URL, HealthController } from './health.controller';
import { ServingState } from './serving-state';

@Module({})
export class HealthModule {
  static forRoot(redisUrl: string | null): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ errorLogStyle: 'pretty', logger: false })],
      controllers: [HealthController],
      providers: [{ provide: HEALTH_REDIS_URL, useValue: redisUrl }, ServingState],
      exports: [ServingState],
    };
  }
}
