import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Server } from 'node:http';
import { ServingState } from './serving-state';

/** The process exits by then, whatever is still open (a load balancer's usual grace is 30 s; ours is short). */
export const SHUTDOWN_DEADLINE_MS = 10_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * SIGTERM / SIGINT for the api, in this order:
 *  1. /health answers 503 at once (ServingState.draining);
 *  2. for `graceMs` everything is still served, so a load balancer notices and stops sending;
 *  3. the listening socket closes; requests already accepted finish (idle keep-alive connections
 *     are closed as they fall idle);
 *  4. the app closes: the outbox relay finishes its batch, Bull and Redis disconnect, the database
 *     pool drains;
 *  5. exit 0 — or exit 1 if all this has not happened within SHUTDOWN_DEADLINE_MS.
 */
export function closeApiGracefully(app: NestFastifyApplication, graceMs: number, log: (msg: string) => void): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    const started = Date.now();
    const deadline = setTimeout(() => {
      log(`shutdown: still open after ${SHUTDOWN_DEADLINE_MS} ms, exiting`);
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    log(`shutdown: ${signal}, /health answers 503; serving for ${graceMs} ms more`);
    app.get(ServingState).draining = true;
    // answers from now on close their connection, so no client sends on a socket about to close
    (app.getHttpServer() as Server).on('request', (_req, res) => {
      if (!res.headersSent) res.setHeader('connection', 'close');
    });
    void (async () => {
      await sleep(graceMs);
      await stopAccepting(app.getHttpServer() as Server);
      log(`shutdown: accepted requests finished after ${Date.now() - started} ms; closing pools`);
      await app.close();
      log(`shutdown: closed in ${Date.now() - started} ms`);
      process.exit(0);
    })().catch((e) => {
      log(`shutdown: ${e?.stack ?? e}`);
      process.exit(1);
    });
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}

/** Closes the listening socket and waits until every accepted request has been answered. */
function stopAccepting(server: Server): Promise<void> {
  return new Promise((resolve) => {
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    server.close(() => {
      clearInterval(sweep);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/**
 * SIGTERM / SIGINT for the worker: the relay stops claiming, the running jobs finish (Bull's close
 * waits for them) and the pools drain. A job still running at the deadline is left to Bull: its
 * lock runs out and another worker takes it up again (stalled-job recovery), so nothing is lost.
 */
export function closeWorkerGracefully(app: INestApplicationContext, log: (msg: string) => void): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    const started = Date.now();
    setTimeout(() => {
      log(`shutdown: jobs still running after ${SHUTDOWN_DEADLINE_MS} ms; Bull returns them to the queue`);
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    log(`shutdown: ${signal}, finishing the running jobs`);
    void app
      .close()
      .then(() => {
        log(`shutdown: closed in ${Date.now() - started} ms`);
        process.exit(0);
      })
      .catch((e) => {
        log(`shutdown: ${e?.stack ?? e}`);
        process.exit(1);
      });
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
