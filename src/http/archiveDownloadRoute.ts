import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Request, RequestHandler, Response } from 'express';
import type { AppServices } from '../app/appServices.js';
import { loadPrincipal } from '../auth/principal.js';
import { bearerToken } from '../auth/tokens.js';
import { findDownloadableArchive } from '../export/exportedArchives.js';
import { currentRequest } from './requestScope.js';

function refuse(res: Response, status: 401 | 404, code: string, message: string): void {
  if (status === 401) res.set('WWW-Authenticate', 'Bearer');
  const requestId = currentRequest()?.requestId;
  res.status(status).json({ error: { code, message, ...(requestId ? { requestId } : {}) } });
}

/**
 * `GET /archives/:id`: streams an exported archive to its creator or an administrator, authenticated by the
 * same bearer token as GraphQL, until it expires (EXPORT_TTL_SECONDS). Anyone else gets 404, as for an archive
 * that does not exist.
 */
export function archiveDownloadHandler(services: AppServices): RequestHandler {
  return async (req: Request, res: Response) => {
    const em = services.orm.em.fork() as SqlEntityManager;
    const token = bearerToken(req.headers.authorization);
    const principal = token ? await loadPrincipal(em, token) : null;
    if (!principal) return refuse(res, 401, 'UNAUTHENTICATED', 'A valid bearer token is required (Authorization: Bearer <token>).');
    const id = String(req.params.id);
    const archive = await findDownloadableArchive(em, services.config, principal, id);
    const file = archive ? await open(archive.path).catch(() => null) : null;
    if (!archive || !file) return refuse(res, 404, 'NOT_FOUND', `Archive ${id} does not exist, has expired, or is not yours.`);
    res.status(200).set({
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="registry-export-${id}.zip"`,
      'Content-Length': String(archive.size),
      'Cache-Control': 'no-store',
      'X-Content-SHA256': archive.entity.sha256,
    });
    try {
      await pipeline(file.createReadStream(), res);
    } catch (err) {
      // The client went away or the disk failed mid-stream; the status line is already sent.
      services.logger.warn({ err, archive: id }, 'archive download interrupted');
    }
  };
}
