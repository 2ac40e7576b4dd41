import type { Express } from 'express';
import type { AppServices } from '../app/appServices.js';
import { archiveDownloadHandler } from './archiveDownloadRoute.js';

/** Plain HTTP routes beside GraphQL. */
export function mountRoutes(app: Express, services: AppServices): void {
  app.get('/healthz', async (_req, res) => {
    try {
      await services.orm.em.fork().getConnection().execute('select 1');
      res.json({ status: 'ok', registry: services.registry.uuid, name: services.registry.name });
    } catch (err) {
      services.logger.error({ err }, 'health check failed');
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });
  app.get('/archives/:id', archiveDownloadHandler(services));
}
