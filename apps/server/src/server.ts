import type { FastifyInstance } from 'fastify';
import { buildApp, defaultWebDist } from './app.ts';
import { bootstrap, type InitialAccount } from './bootstrap.ts';
import type { Config } from './config.ts';
import type { Executor } from './db/client.ts';
import { openMigratedDatabase } from './db/open-configured.ts';
import { dailyJobKinds, jobHandlers } from './jobs.ts';
import { startMemberEventsRefresher } from './modules/statistics/member-events.ts';
import { createCheckpointWriter } from './platform/audit/audit-checkpoint.ts';
import { startDailyScheduler } from './platform/jobs/daily-scheduler.ts';
import { startJobWorker } from './platform/jobs/jobs.worker.ts';

/**
 * How often each process checks whether the audit chain's head moved and, if so, appends a signed
 * checkpoint: rows removed from the end within this window before someone looks are the only ones
 * the checkpoints cannot vouch for. One indexed read per tick; a file append only after writes.
 */
const AUDIT_CHECKPOINT_EVERY_MS = 10_000;
/** How often the person indicators' member rows catch up with the records between reads. */
const STATISTICS_REFRESH_EVERY_MS = 30_000;

export interface StartOptions {
  /** On an empty database, create the demo city as the root organisation. */
  demoCity?: (tx: Executor) => Promise<number>;
  onInitialAccounts?: (accounts: InitialAccount[]) => void;
}

/**
 * Opens and migrates the database, seeds what is missing, serves API + web app, runs the job worker
 * and the daily jobs' scheduler, and closes everything in order on SIGINT/SIGTERM (requests and the
 * running job finish, then the database closes).
 */
export async function startServer(config: Config, opts: StartOptions = {}): Promise<FastifyInstance> {
  const database = await openMigratedDatabase(config);
  const { initialAccounts } = await bootstrap(database.db, opts.demoCity ? { rootOrg: opts.demoCity } : {});
  if (initialAccounts.length > 0) opts.onInitialAccounts?.(initialAccounts);
  const { app, services } = await buildApp({ config, database, webDist: defaultWebDist });
  const worker = startJobWorker({
    db: database.db,
    handlers: jobHandlers(database.db, services.auditAnchor, services),
    onError: (err, job) => app.log.error({ err, jobId: job?.id, kind: job?.kind }, 'job failed'),
  });
  const daily = startDailyScheduler({
    db: database.db,
    clock: config.clock,
    kinds: dailyJobKinds,
    onError: (err) => app.log.error({ err }, 'daily jobs could not be queued'),
  });
  const checkpoints = createCheckpointWriter({
    db: database.db,
    anchor: services.auditAnchor,
    clock: () => new Date(),
    onCheckpoint: (c) => app.log.info({ auditCheckpoint: c }, 'audit checkpoint'),
  });
  checkpoints.start(AUDIT_CHECKPOINT_EVERY_MS, (err) => app.log.error({ err }, 'audit checkpoint failed'));
  const statistics = startMemberEventsRefresher(database.db, STATISTICS_REFRESH_EVERY_MS, (err) =>
    app.log.error({ err }, 'statistics refresh failed'),
  );
  // Order matters: stop queuing and taking jobs (the running one finishes) and refreshing statistics,
  // anchor the audit chain's last head, then close the database.
  app.addHook('onClose', async () => {
    await daily.stop();
    await worker.stop();
    await statistics.stop();
    await checkpoints.stop();
    await database.close();
  });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await listenQuietly(app, config);
  return app;
}

/**
 * Listens without Fastify's 'Server listening at' lines: on 0.0.0.0 it logs one per network
 * interface, addresses a user may not be able to open; `serve` prints the address to open.
 */
export async function listenQuietly(app: FastifyInstance, { port, host }: Pick<Config, 'port' | 'host'>) {
  const level = app.log.level;
  app.log.level = 'warn';
  try {
    await app.listen({ port, host });
  } finally {
    app.log.level = level;
  }
}
