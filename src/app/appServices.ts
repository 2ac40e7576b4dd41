import type { MikroORM } from '@mikro-orm/core';
import type { Config } from '../config.js';
import type { ImportPlans } from '../import/plans/importPlans.js';
import type { Logger } from '../logger.js';
import type { RegistryMetrics } from '../observability/metrics.js';

export interface RegistryIdentity {
  uuid: string;
  name: string;
  address: string;
}

/** Process-wide dependencies, made once at start and shared by every request. */
export interface AppServices {
  config: Config;
  orm: MikroORM;
  logger: Logger;
  registry: RegistryIdentity;
  /** PostgreSQL: this process's liveness key (db/processLiveness.ts), which its running imports carry; else null. */
  processKey: number | null;
  /** Served at /metrics. */
  metrics: RegistryMetrics;
  /** The import plans this process holds or is making, warm-ups and commit clean-ups: stop() waits for them. */
  importPlans: ImportPlans;
}
