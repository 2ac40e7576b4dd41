import { dateColumn, jsonColumn } from '../../db/rawQuery.js';
import type { ImportRecordEntity } from '../../entities/index.js';
import type { StagedSigner } from '../staging/archiveTrust.js';
import { certificateValidity } from '../staging/certificateValidity.js';
import type { ActionCounts } from '../planner/actionCounts.js';
import type { PlanOptions } from '../planner/types.js';

export enum ImportStatus {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

export enum ImportPhase {
  /** Waiting for the commit lock, loading the staged records and the registry, planning. */
  PLANNING = 'PLANNING',
  /** Inserting and replacing registry objects: done of total objects written. */
  WRITING = 'WRITING',
  /** Writing one outcome per staged object: done of total outcomes. */
  RECORDING = 'RECORDING',
  DONE = 'DONE',
}

export interface ImportCounts {
  created: number;
  replaced: number;
  ignored: number;
  rejected: number;
  skipped: number;
}

/** One commit of a staged archive, as the service and the API handle it (running in memory, or finished). */
export interface ImportRecordView {
  id: string;
  stagedImportId: string | null;
  userUuid: string;
  startedAt: Date;
  finishedAt: Date | null;
  status: ImportStatus;
  phase: ImportPhase;
  done: number;
  total: number;
  archiveSha256: string;
  signer: StagedSigner | null;
  trust: string;
  options: PlanOptions;
  selection: string[] | null;
  planDigest: string | null;
  counts: ImportCounts;
  error: { code: string; message: string } | null;
  /** PostgreSQL: the liveness key of the process running it (db/processLiveness.ts). */
  runner: number | null;
}

export const NO_COUNTS: ImportCounts = { created: 0, replaced: 0, ignored: 0, rejected: 0, skipped: 0 };

/** The plan's counts by action under the record's names. */
export function countsOf(counts: ActionCounts): ImportCounts {
  return {
    created: counts.create,
    replaced: counts.replace,
    ignored: counts.ignore,
    rejected: counts.reject,
    skipped: counts.skip,
  };
}

/** A stored import_record row (entity or raw columns) as a view. */
export function recordViewOf(row: ImportRecordEntity): ImportRecordView {
  return {
    id: row.id,
    stagedImportId: row.stagedImportId,
    userUuid: row.userUuid,
    startedAt: dateColumn(row.startedAt),
    finishedAt: row.finishedAt ? dateColumn(row.finishedAt) : null,
    status: row.status as ImportStatus,
    phase: row.phase as ImportPhase,
    done: row.done,
    total: row.total,
    archiveSha256: row.archiveSha256,
    signer: signerAsCommitted(jsonColumn<StagedSigner | null>(row.signer), dateColumn(row.startedAt)),
    trust: row.trust,
    options: jsonColumn<PlanOptions>(row.options),
    selection: jsonColumn<string[] | null>(row.selection),
    planDigest: row.planDigest,
    counts: { ...NO_COUNTS, ...jsonColumn<Partial<ImportCounts>>(row.counts) },
    error: jsonColumn<{ code: string; message: string } | null>(row.error),
    runner: row.runner ?? null,
  };
}

/** Records written before validity was kept are judged as of their start. */
function signerAsCommitted(signer: StagedSigner | null, startedAt: Date): StagedSigner | null {
  return signer && { ...signer, validity: signer.validity ?? certificateValidity(signer, startedAt) };
}

/** The import_record columns of a view (the entity's property names). */
export function recordRowOf(view: ImportRecordView): ImportRecordEntity {
  return {
    id: view.id,
    stagedImportId: view.stagedImportId,
    userUuid: view.userUuid,
    startedAt: view.startedAt,
    finishedAt: view.finishedAt,
    status: view.status,
    phase: view.phase,
    done: view.done,
    total: view.total,
    archiveSha256: view.archiveSha256,
    signer: view.signer as unknown as Record<string, unknown> | null,
    trust: view.trust,
    options: view.options as unknown as Record<string, unknown>,
    selection: view.selection,
    planDigest: view.planDigest,
    counts: view.counts as unknown as Record<string, number>,
    error: view.error,
    runner: view.runner,
  };
}
