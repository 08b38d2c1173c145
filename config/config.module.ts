import { DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { Env } from './env';

/**
 * Makes the validated settings injectable as `Env`. The settings object is built by validateEnv
 * (config/env.ts) in main.ts, or by a test with its own overrides, and handed to @nestjs/config
 * whole: nothing is read from or written back to process.env afterwards, so several apps with
 * different settings can live in one process (the tests do).
 */
@Global()
@Module({})
export class AppConfigModule {
  static forRoot(env: Env): DynamicModule {
    return {
      module: AppConfigModule,
      imports: [ConfigModule.forRoot({ ignoreEnvFile: true, ignoreEnvVars: true, load: [() => ({ env })] })],
      providers: [{ provide: Env, inject: [ConfigService], useFactory: (c: ConfigService) => c.get<Env>('env') }],
      exports: [Env],
    };
  }
}
