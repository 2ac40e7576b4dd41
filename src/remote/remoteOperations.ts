import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AppServices } from '../app/appServices.js';
import type { Principal } from '../auth/principal.js';
import { RemoteOperationEntity } from '../entities/index.js';
import { RegistryError } from '../errors/registryError.js';
import type { FailedSide } from './remoteErrors.js';

export type RemoteOperationKind = 'GET_PACKAGE' | 'PROMOTE' | 'COMMIT_PROMOTION' | 'SYNC_PACKAGE';
export type RemoteOperationStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED';

export interface RemoteOperationFailure {
  side: FailedSide;
  code: string;
  message: string;
  /** REMOTE_REFUSED: the remote's own code. */
  remoteCode: string | null;
}

export interface RemoteOperationView {
  id: string;
  kind: RemoteOperationKind;
  remoteId: string;
  userUuid: string;
  status: RemoteOperationStatus;
  phase: string;
  done: number;
  total: number;
  startedAt: Date;
  finishedAt: Date | null;
  result: Record<string, unknown> | null;
  error: RemoteOperationFailure | null;
}

export function toOperationView(e: RemoteOperationEntity): RemoteOperationView {
  return {
    id: e.id,
    kind: e.kind as RemoteOperationKind,
    remoteId: e.remoteId,
    userUuid: e.userUuid,
    status: e.status as RemoteOperationStatus,
    phase: e.phase,
    done: e.done,
    total: e.total,
    startedAt: e.startedAt,
    finishedAt: e.finishedAt,
    result: e.result,
    error: (e.error as RemoteOperationFailure | null) ?? null,
  };
}

/**
 * Reports the phase an operation is in; each phase counts as one step of `phases.length`. `done` names the
 * step when a phase name recurs in `phases` (a sync exports on both sides).
 */
export type Progress = (phase: string, done?: number) => Promise<void>;

export interface OperationSpec<T extends Record<string, unknown>> {
  kind: RemoteOperationKind;
  remoteId: string;
  principal: Principal;
  /** The phases in order; progress reports `done` of `phases.length`. */
  phases: readonly string[];
  wait: boolean;
  work: (progress: Progress) => Promise<T>;
}

/**
 * Runs remote work as a recorded operation: RUNNING with its phase and done-of-total while it runs (each update
 * its own short write, so a poll from any replica sees it), then SUCCEEDED with the result or FAILED with the
 * side, code and message. Waiting, it resolves with the SUCCEEDED operation or throws the failure (the record's
 * id in details.remoteOperationId); not waiting, it resolves at once with the RUNNING operation.
 */
export async function runRemoteOperation<T extends Record<string, unknown>>(app: AppServices, spec: OperationSpec<T>): Promise<RemoteOperationView> {
  const em = app.orm.em.fork() as SqlEntityManager;
  const entity = em.create(RemoteOperationEntity, {
    id: randomUUID(),
    kind: spec.kind,
    remoteId: spec.remoteId,
    userUuid: spec.principal.uuid,
    status: 'RUNNING',
    phase: spec.phases[0] ?? 'STARTING',
    done: 0,
    total: spec.phases.length,
    startedAt: new Date(),
    finishedAt: null,
    result: null,
    error: null,
  });
  await em.flush();
  const log = app.logger.child({ remoteOperation: entity.id, kind: spec.kind, remoteId: spec.remoteId, user: spec.principal.uuid });
  log.info({ event: 'remote.operation.started' }, 'remote operation started');
  const progress: Progress = async (phase, done) => {
    await update(app, entity.id, { phase, done: done ?? Math.max(spec.phases.indexOf(phase), 0) });
  };
  const run = (async () => {
    try {
      const result = await spec.work(progress);
      await update(app, entity.id, { status: 'SUCCEEDED', phase: 'DONE', done: spec.phases.length, finishedAt: new Date(), result });
      log.info({ event: 'remote.operation.succeeded' }, 'remote operation succeeded');
      return null;
    } catch (error) {
      const failure = failureOf(error);
      // Work that failed after one side committed says so in the result it had reached (partialResult).
      const partial = (error as { partialResult?: Record<string, unknown> } | null)?.partialResult ?? null;
      await update(app, entity.id, { status: 'FAILED', finishedAt: new Date(), error: failure as unknown as Record<string, unknown>, result: partial }).catch(() => undefined);
      log.warn({ event: 'remote.operation.failed', side: failure.side, code: failure.code, remoteCode: failure.remoteCode, ...(failure.code === 'INTERNAL_SERVER_ERROR' ? { err: error } : {}) }, 'remote operation failed');
      return error;
    }
  })();
  if (!spec.wait) {
    void run;
    return toOperationView(entity);
  }
  const error = await run;
  if (error) {
    if (error instanceof RegistryError) {
      throw new RegistryError(error.code, error.message, { ...error.details, remoteOperationId: entity.id });
    }
    throw error;
  }
  return toOperationView((await findOperation(app.orm.em.fork() as SqlEntityManager, entity.id))!);
}

export function findOperation(em: SqlEntityManager, id: string): Promise<RemoteOperationEntity | null> {
  return em.findOne(RemoteOperationEntity, { id });
}

async function update(app: AppServices, id: string, changes: Partial<RemoteOperationEntity>): Promise<void> {
  const em = app.orm.em.fork() as SqlEntityManager;
  await em.nativeUpdate(RemoteOperationEntity, { id }, changes);
}

/** Which side failed and why, for the record: a domain error keeps its code; anything else is a local fault. */
function failureOf(error: unknown): RemoteOperationFailure {
  const coded = error as { code?: unknown; message?: unknown; details?: Record<string, unknown>; name?: string };
  if (error instanceof Error && typeof coded.code === 'string' && ['RegistryError', 'ArchiveError', 'CryptoError'].includes(error.constructor.name)) {
    const details = coded.details ?? {};
    return {
      side: details.side === 'REMOTE' ? 'REMOTE' : 'LOCAL',
      code: coded.code,
      message: error.message,
      remoteCode: typeof details.remoteCode === 'string' ? details.remoteCode : null,
    };
  }
  return { side: 'LOCAL', code: 'INTERNAL_SERVER_ERROR', message: 'The operation failed on this registry; see its log.', remoteCode: null };
}
