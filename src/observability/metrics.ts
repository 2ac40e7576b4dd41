import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Seconds: from a quick request to a commit of a million objects. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600];

/** tarn's pool, which knex (so MikroORM) keeps its connections in. */
interface ConnectionPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  max: number;
}

/**
 * This registry's metrics, served at `/metrics` in Prometheus' text format (docs/operations.md lists them).
 * One set per running registry: tests run several in one process, so nothing goes to prom-client's global
 * registry.
 */
export class RegistryMetrics {
  readonly registry = new Registry();

  readonly requestDuration = new Histogram({
    name: 'registry_http_request_duration_seconds',
    help: 'HTTP requests by GraphQL operation name (or route) and status.',
    labelNames: ['operation', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  readonly stagingDuration = new Histogram({
    name: 'registry_staging_duration_seconds',
    help: 'Staging an archive (upload spooled, verified, validated, stored), by outcome.',
    labelNames: ['outcome'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  readonly stagedObjects = new Counter({
    name: 'registry_staged_objects_total',
    help: 'Objects in the archives staged.',
    registers: [this.registry],
  });

  readonly planningDuration = new Histogram({
    name: 'registry_planning_duration_seconds',
    help: 'Planning a staged import for a preview (computed, or read from the plan store).',
    labelNames: ['source'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  readonly planStoreLookups = new Counter({
    name: 'registry_plan_store_lookups_total',
    help: 'Previews by where their plan came from: hit (memory or the plan store) or miss (computed).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  readonly previewFieldChanges = new Counter({
    name: 'registry_preview_field_changes_total',
    help: 'Decisions whose field changes a preview computed (only those a page asked for).',
    registers: [this.registry],
  });

  readonly commitDuration = new Histogram({
    name: 'registry_commit_duration_seconds',
    help: 'Import commits, from start to end, by outcome.',
    labelNames: ['outcome'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  readonly committedObjects = new Counter({
    name: 'registry_committed_objects_total',
    help: 'Objects of successful commits, by action (created, replaced, ignored, rejected, skipped).',
    labelNames: ['action'] as const,
    registers: [this.registry],
  });

  readonly commitsRunning = new Gauge({
    name: 'registry_commits_running',
    help: 'Import commits running in this process.',
    registers: [this.registry],
  });

  readonly exportDuration = new Histogram({
    name: 'registry_export_duration_seconds',
    help: 'Exports (archive written and signed), by outcome.',
    labelNames: ['outcome'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  readonly exportedObjects = new Counter({
    name: 'registry_exported_objects_total',
    help: 'Objects written into exported archives.',
    registers: [this.registry],
  });

  /** Reads the requests being served (the HTTP server sets it when it starts). */
  inFlightRequests: () => number = () => 0;

  constructor(orm: MikroORM) {
    const metrics = this;
    new Gauge({
      name: 'registry_http_requests_in_flight',
      help: 'HTTP requests being served (this scrape included).',
      registers: [this.registry],
      collect() {
        this.set(metrics.inFlightRequests());
      },
    });
    collectDefaultMetrics({ register: this.registry, prefix: 'registry_' });
    const pool = () => ((orm.em as SqlEntityManager).getConnection().getKnex().client as { pool?: ConnectionPool }).pool;
    const poolGauge = (name: string, help: string, read: (p: ConnectionPool) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const p = pool();
          if (p) this.set(read(p));
        },
      });
    poolGauge('registry_db_pool_connections_used', 'Database connections in use (the service pool; writers have their own on SQLite).', (p) => p.numUsed());
    poolGauge('registry_db_pool_connections_free', 'Idle database connections in the pool.', (p) => p.numFree());
    poolGauge('registry_db_pool_pending_acquires', 'Requests waiting for a database connection.', (p) => p.numPendingAcquires());
    poolGauge('registry_db_pool_connections_max', 'The pool\'s size.', (p) => p.max);
  }

  /** A preview's plan: a hit when held (memory, plan store), a miss when planned now. */
  observePlan(source: string, seconds: number): void {
    this.planStoreLookups.inc({ result: source === 'memory' || source === 'stored' ? 'hit' : 'miss' });
    this.planningDuration.observe({ source }, seconds);
  }

  /** Times `work` into `histogram` labelled by outcome (ok, or the error's code). */
  async timed<T>(histogram: Histogram<'outcome'>, work: () => Promise<T>): Promise<T> {
    const end = histogram.startTimer();
    try {
      const result = await work();
      end({ outcome: 'ok' });
      return result;
    } catch (err) {
      end({ outcome: outcomeOf(err) });
      throw err;
    }
  }
}

/** A failure's code for a label: domain errors carry one; anything else is "error" (labels stay few). */
export function outcomeOf(err: unknown): string {
  const code = (err as { code?: unknown })?.code;
  return typeof code === 'string' && /^[A-Z_]{3,40}$/.test(code) ? code : 'error';
}
