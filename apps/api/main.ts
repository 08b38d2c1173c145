import 'reflect-metadata';
import { loadEnvOrExit } from '@config/env';
import { closeApiGracefully } from '@app/health/shutdown';

async function main() {
  const env = loadEnvOrExit();
  // the app is loaded only once the settings are known to be acceptable (a refusal is immediate)
  const { createApi } = await import('./bootstrap');
  const { DEMO_LOGINS } = await import('@app/demo/demo-seeder');
  const embedded = !env.DATABASE_URL;
  const seedDemo = env.SEED_DEMO ? env.SEED_DEMO === 'true' : embedded;
  const app = await createApi(env, { seedDemo });
  // SIGTERM from the moment the port is open: drain, then close (libs/health/shutdown.ts)
  closeApiGracefully(app, env.SHUTDOWN_GRACE_MS, (msg) => console.log(msg));
  await app.listen(env.PORT, env.HOST);
  const base = `http://127.0.0.1:${env.PORT}`;
  const lines = [
    '',
    '金色纽带 区域化党建项目平台 is running',
    `  database : ${embedded ? `SQLite file ${env.SQLITE_PATH} (embedded default)` : 'MySQL'}`,
    `  jobs     : ${env.REDIS_URL ? 'Bull on Redis' : 'in-process (embedded default)'}`,
    `  居民端 portal   ${base}/`,
    `  管理后台 console ${base}/console`,
    `  GraphQL        ${base}/graphql`,
    `  health         ${base}/health`,
  ];
  if (seedDemo) {
    lines.push('  demo logins (console, username / password):');
    for (const l of DEMO_LOGINS.staff) lines.push(`    ${l.role.padEnd(16)} ${l.username} / ${l.password}  ${l.note}`);
    lines.push('  demo logins (portal, phone + one-time code):');
    for (const l of DEMO_LOGINS.people) lines.push(`    ${l.role.padEnd(16)} ${l.phone}  code ${env.AUTH_DEV_LOGIN_CODE ?? '(see the log line "login code for …")'}`);
  }
  console.log(lines.join('\n') + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
