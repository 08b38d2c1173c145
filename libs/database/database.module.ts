import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Env } from '@config/env';
import { dataSourceOptions, detectFlavor } from './data-source';

/** TypeORM for the api and the worker; migrations are applied at start (never synchronize). */
@Module({})
export class DatabaseModule {
  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [Env],
          useFactory: async (env: Env) => ({
            ...dataSourceOptions(await detectFlavor({ DATABASE_URL: env.DATABASE_URL, SQLITE_PATH: env.SQLITE_PATH })),
            migrationsRun: true,
            migrationsTransactionMode: 'each' as const,
          }),
        }),
      ],
    };
  }
}
