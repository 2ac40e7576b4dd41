import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Config } from '../config.js';
import type { RegistryInstanceEntity } from '../entities/index.js';
import { openDatabase } from '../db/orm.js';
import { holdProcessLiveness, type ProcessLiveness } from '../db/processLiveness.js';
import { writerTransactionsDone } from '../db/writerTransaction.js';
import { startExportSweeper } from '../export/exportSweeper.js';
import { startHttpServer, type RunningServer } from '../http/createHttpServer.js';
import { ImportPlans } from '../import/plans/importPlans.js';
import { startImportRecovery } from '../import/records/importRecovery.js';
import { startStagingSweeper } from '../import/staging/stagingSweeper.js';
import { createLogger, type Logger } from '../logger.js';
import { commitsDone } from '../observability/instrument.js';
import { RegistryMetrics } from '../observability/metrics.js';
import { bootstrapRegistry } from '../registry/bootstrap.js';
import type { AppServices } from './appServices.js';

export interface StartOptions {
  logger?: Logger;
  /** Sees every SQL statement (tests count them). */
  onQuery?: (sql: string) => void;
}

export interface RunningRegistry {
  app: AppServices;
  server: RunningServer;
  /**
   * Drains (requests in flight get SHUTDOWN_GRACE_SECONDS to finish, or `graceMs`; then 503), lets running
   * commits end (they commit or roll back whole), and closes the database.
   */
  stop(graceMs?: number): Promise<void>;
}

/** Opens the database (migrating it), makes this registry's identity on first start, and serves HTTP. */
export async function startRegistry(config: Config, options: StartOptions = {}): Promise<RunningRegistry> {
  const logger = options.logger ?? createLogger(config.logLevel);
  mkdirSync(config.dataDir, { recursive: true });
  let instance!: RegistryInstanceEntity;
  const orm = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, onQuery: options.onQuery, logger }, async (o) => {
    instance = await bootstrapRegistry(o.em.fork() as SqlEntityManager, config, logger);
  });
  let liveness: ProcessLiveness | null = null;
  try {
    liveness = await holdProcessLiveness(config.databaseUrl, logger);
    const app: AppServices = {
      config,
      orm,
      logger,
      registry: { uuid: instance.uuid, name: instance.name, address: instance.address },
      processKey: liveness.key,
      metrics: new RegistryMetrics(orm),
      importPlans: new ImportPlans(),
    };
    const recovery = await startImportRecovery(app);
    const server = await startHttpServer(app, { port: config.port, host: config.host });
    const sweepers = [recovery, startStagingSweeper(app), startExportSweeper(app)];
    logger.info({ url: server.url, registry: app.registry, database: config.databaseUrl ? 'postgresql' : 'sqlite' }, 'registry started');
    return {
      app,
      server,
      stop: async (graceMs = config.shutdownGraceMs) => {
        await Promise.all(sweepers.map((s) => s.stop()));
        await server.close(graceMs);
        await commitsDone(app);
        await app.importPlans.idle();
        await writerTransactionsDone(config.dataDir); // a writer checkpoints after its client was answered
        await orm.close(true);
        await liveness!.stop();
      },
    };
  } catch (err) {
    await liveness?.stop();
    await orm.close(true);
    throw err;
  }
}
