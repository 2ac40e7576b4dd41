import type { Express } from 'express';
import type { AppServices } from '../app/appServices.js';
import { archiveDownloadHandler } from './archiveDownloadRoute.js';
import type { InFlight } from './inFlight.js';

/** Plain HTTP routes beside GraphQL: health, readiness, metrics, archive downloads. */
export function mountRoutes(app: Express, services: AppServices, inFlight: InFlight): void {
  // Liveness: the process serves HTTP. Nothing else: a database outage must not get a healthy process restarted.
  app.get('/livez', (_req, res) => void res.json({ status: 'ok' }));

  // Readiness: send traffic here. The database answers, every migration is applied, and no stop has begun.
  app.get('/readyz', async (_req, res) => {
    const checks = { database: 'unreachable', migrations: 'unknown', stopping: inFlight.isDraining };
    try {
      await services.orm.em.fork().getConnection().execute('select 1');
      checks.database = 'ok';
      const pending = await services.orm.getMigrator().getPendingMigrations();
      checks.migrations = pending.length === 0 ? 'ok' : `${pending.length} pending`;
    } catch (err) {
      services.logger.warn({ err }, 'readiness check failed');
    }
    const ready = checks.database === 'ok' && checks.migrations === 'ok' && !checks.stopping;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', checks });
  });

  app.get('/healthz', async (_req, res) => {
    try {
      await services.orm.em.fork().getConnection().execute('select 1');
      res.json({ status: 'ok', registry: services.registry.uuid, name: services.registry.name });
    } catch (err) {
      services.logger.error({ err }, 'health check failed');
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });

  app.get('/metrics', async (_req, res) => {
    res.set('Content-Type', services.metrics.registry.contentType).send(await services.metrics.registry.metrics());
  });

  app.get('/archives/:id', archiveDownloadHandler(services));
}
