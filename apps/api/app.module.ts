import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { ArgumentMetadata, DynamicModule, Module, ValidationPipe } from '@nestjs/common';
import { stripInvisibleDeep } from '@app/common/text';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import { loggerParams } from '@app/common/logging';
import { AppConfigModule } from '@config/config.module';
import { Env } from '@config/env';
import { BadInputError } from '@app/common/errors';
import { RateLimitModule } from '@app/common/rate-limit.module';
import { DatabaseModule } from '@app/database/database.module';
import { HealthModule } from '@app/health/health.module';
import { JobsModule } from '@app/jobs/jobs.module';
import { ProcessorsModule } from '@app/processors/processors.module';
import { AuditModule } from '@app/audit/audit.module';
import { AuditRecorder } from '@app/audit/audit.recorder';
import { FEATURE_MODULES } from './features';
import { graphqlOptions } from './graphql.config';

/** Every argument is cleaned of control and invisible characters (libs/common/text.ts), then validated. */
class CleaningValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata) {
    // only what a client sends is cleaned and validated: GraphQL arguments, and a controller's body,
    // query and route parameters — never a field resolver's parent object, the context or the info
    // (Nest runs the global pipe on those too: a copy and a class-transformer pass per field)
    if (!CLIENT_INPUT.has(metadata.type)) return Promise.resolve(value);
    return super.transform(stripInvisibleDeep(value, metadata.data ?? ''), metadata);
  }
}
const CLIENT_INPUT = new Set<string>(['args', 'body', 'query', 'param']);

export interface AppModuleOptions {
  /** write the schema here (SDL); true keeps it in memory */
  schemaFile?: string | boolean;
}

/** Whether this api process runs job processors itself. */
export const processesJobsInApi = (env: Env) => !env.REDIS_URL || env.JOBS_IN_API === 'true';

@Module({})
export class AppModule {
  static forRoot(env: Env, options: AppModuleOptions = {}): DynamicModule {
    const inApi = processesJobsInApi(env);
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(env),
        LoggerModule.forRoot(loggerParams(env)),
        DatabaseModule.forRoot(),
        JobsModule.forRoot({ mode: env.REDIS_URL ? 'bull' : 'inline', redisUrl: env.REDIS_URL, relay: true, process: inApi }),
        HealthModule.forRoot(env.REDIS_URL ?? null),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuditModule],
          inject: [Env, AuditRecorder],
          // 审计日志: every mutation's resolver goes through the recorder (libs/audit/audit.recorder.ts)
          useFactory: (e: Env, audit: AuditRecorder) => ({ ...graphqlOptions(e, options.schemaFile ?? true), transformSchema: (schema) => audit.wrapMutations(schema) }),
        }),
        RateLimitModule.forRoot(env.REDIS_URL ?? null),
        ...FEATURE_MODULES,
        ...(inApi ? [ProcessorsModule] : []),
      ],
      providers: [
        {
          provide: APP_PIPE,
          useValue: new CleaningValidationPipe({
            transform: true,
            exceptionFactory: (errors) => {
              const first = errors[0];
              const message = Object.values(first?.constraints ?? {})[0] ?? `${first?.property}: invalid value`;
              return new BadInputError(message.includes(':') ? message : `${first.property}: ${message}`, first?.property);
            },
          }),
        },
      ],
    };
  }
}
