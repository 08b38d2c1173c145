import 'reflect-metadata';
import { loadEnvOrExit } from '@config/env';
import { closeWorkerGracefully } from '@app/health/shutdown';

/** npm run start:worker — processes Bull jobs. Needs REDIS_URL and the same DATABASE_URL as the api. */
async function main() {
  const env = loadEnvOrExit();
  if (!env.REDIS_URL) {
    console.error('The worker needs REDIS_URL. Without Redis (the embedded default) the api runs the jobs itself.');
    process.exit(1);
  }
  const { NestFactory } = await import('@nestjs/core');
  const { Logger } = await import('nestjs-pino');
  const { JobsService } = await import('@app/jobs/jobs.service');
  const { WorkerModule } = await import('./worker.module');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(env), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  await app.init();
  const missing = app.get(JobsService).missingProcessors();
  if (missing.length) {
    console.error(`Refusing to start: no processor for job(s) ${missing.join(', ')}`);
    await app.close();
    process.exit(1);
  }
  const logger = app.get(Logger);
  closeWorkerGracefully(app, (msg) => logger.log(msg));
  logger.log(`worker started (pid ${process.pid})`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
