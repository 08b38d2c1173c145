import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions } from 'typeorm';
import { Env } from '@config/env';
import { dataSourceOptions, detectFlavor, runMigrationsLocked } from './data-source';

/**
 * TypeORM for the api and the worker; migrations are applied at start (never synchronize), under
 * a database lock on MySQL so that several processes starting together apply each migration once.
 */
@Module({})
export class DatabaseModule {
  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [Env],
          useFactory: async (env: Env) => ({
            ...dataSourceOptions(await detectFlavor({ DATABASE_URL: env.DATABASE_URL, SQLITE_PATH: env.SQLITE_PATH, DATABASE_POOL_SIZE: env.DATABASE_POOL_SIZE })),
            migrationsRun: false,
          }),
          dataSourceFactory: async (options?: DataSourceOptions) => {
            const ds = await new DataSource(options!).initialize();
            await runMigrationsLocked(ds);
            return ds;
          },
        }),
      ],
    };
  }
}
