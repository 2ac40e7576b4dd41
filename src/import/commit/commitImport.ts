import { randomUUID } from 'node:crypto';
import { futureTimestampsConfig } from '../planning/planStagedImport.js';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AppServices } from '../../app/appServices.js';
import { ArchiveError } from '../../archive/archiveError.js';
import { AccessControl } from '../../auth/accessControl.js';
import type { Principal } from '../../auth/principal.js';
import { CryptoError } from '../../crypto/cryptoError.js';
import { refreshStatistics } from '../../db/tableStatistics.js';
import { inWriterTransaction, writerTransaction } from '../../db/writerTransaction.js';
import type { StagedImportEntity } from '../../entities/index.js';
import { RegistryError } from '../../errors/registryError.js';
import { type CommitJob, commitInTransaction } from './commitTransaction.js';
import { liveImports, ProgressReporter } from '../records/importProgress.js';
import { ImportRecordStore } from '../records/importRecordStore.js';
import { ImportPhase, type ImportRecordView, ImportStatus, NO_COUNTS } from '../records/importRecordView.js';
import type { PlanOptions } from '../planner/types.js';
import { type ExpectationInput, normalizeExpectation } from './importExpectation.js';
import { normalizeOptions, normalizeSelection } from '../planning/planStagedImport.js';
import { assertSignerAccepted, currentTrust, type SignerTrust } from '../staging/signerTrust.js';
import { assertCertificateAccepted } from '../staging/certificateValidity.js';
import { deleteStagedImports, loadStagedImport } from '../staging/stagedImports.js';
import { observeCommit } from '../../observability/instrument.js';
import { assertCommitAllowed, reopenApproval } from '../../remote/promotionHolds.js';

export interface CommitImportInput {
  stagedImportId: string;
  selection?: readonly string[] | null;
  options?: Partial<PlanOptions> | null;
  /** The digest of the previewed plan: the commit refuses (PLAN_STALE) to apply any other plan. */
  expectedPlanDigest?: string | null;
  /** True (default): resolve when the import has ended. False: resolve at once with the RUNNING record. */
  wait?: boolean | null;
  /**
   * A promotion from another registry: the selected objects record where they came from (promotionRecords.ts).
   * approvalId: the held promotion an approver commits (promotionApproval.ts).
   */
  promotion?: { stage?: string | null; approvalId?: string | null } | null;
  /** The staged import's owner when it is not the committer's: a held promotion, committed by its approver. */
  stagedImportOwner?: string | null;
  /** What the plan must keep (actions forbidden, counts capped); refused with IMPORT_BLOCKED before any write. */
  expectation?: ExpectationInput | null;
}

export interface CommitDeps {
  app: AppServices;
  principal: Principal;
}

/**
 * Commits the caller's staged import: checks what can be checked at once (the staged import is the caller's
 * and live; trustProvider needs an administrator; a required trusted signer), records the import as RUNNING,
 * then runs it (commitInTransaction). Waiting, it resolves with the SUCCEEDED record or throws the failure
 * (PLAN_STALE, IMPORT_BLOCKED, ... in `code`, the FAILED record's id in `details.importRecordId`); not waiting,
 * it resolves with the RUNNING record, which `importRecord(id)` shows to the end. A successful commit consumes
 * the staged import (it is deleted: its outcomes are in the record); a failed one keeps it for another try.
 */
export async function commitImport(deps: CommitDeps, input: CommitImportInput): Promise<ImportRecordView> {
  const em = deps.app.orm.em.fork() as SqlEntityManager;
  const access = await new AccessControl(em, deps.principal).ready();
  const owner = input.stagedImportOwner ? { uuid: input.stagedImportOwner } : deps.principal;
  const staged = await loadStagedImport(em, input.stagedImportId, owner);
  await assertCommitAllowed(em, deps.app.config.requirePromotionApproval, input);
  const options = normalizeOptions(input.options);
  const expectation = normalizeExpectation(input.expectation);
  const trust = await currentTrust(em, staged);
  assertSignerAccepted(trust, options, access, deps.app.config.requireTrustedSigner);
  assertCertificateAccepted(trust.signer, new Date(), deps.app.config.refuseInvalidSignerCertificates);
  const view = runningRecord(staged, deps.principal, trust, options, normalizeSelection(input.selection), deps.app.processKey);
  const job: CommitJob = {
    view,
    principal: deps.principal,
    address: deps.app.registry.address,
    futureTimestamps: futureTimestampsConfig(deps.app.config),
    inMemoryMaxObjects: deps.app.config.planInMemoryMaxObjects,
    options,
    selection: view.selection,
    expectedPlanDigest: input.expectedPlanDigest ?? null,
    stagedImportOwner: owner.uuid,
    promotion: input.promotion ? { stage: input.promotion.stage ?? null, approvalId: input.promotion.approvalId ?? null } : null,
    expectation,
    plans: deps.app.importPlans,
    progress: new ProgressReporter(view, progressSink(deps.app), (err) => deps.app.logger.warn({ err, importId: view.id }, 'import progress not saved')),
  };
  // Written (and committed) before anything answers: the id a client is given names a record that exists,
  // whatever happens to this process next.
  await new ImportRecordStore(em).insert(view);
  liveImports.add(view);
  const run = observeCommit(deps.app, view, () => runImport(deps.app, job)).finally(() => liveImports.remove(view.id));
  if (input.wait === false) return view;
  const failure = await run;
  if (failure) throw failure;
  return view;
}

function runningRecord(
  staged: StagedImportEntity,
  principal: Principal,
  { trust, signer }: SignerTrust,
  options: PlanOptions,
  selection: string[] | null,
  runner: number | null,
): ImportRecordView {
  return {
    id: randomUUID(),
    stagedImportId: staged.id,
    userUuid: principal.uuid,
    startedAt: new Date(),
    finishedAt: null,
    status: ImportStatus.RUNNING,
    phase: ImportPhase.PLANNING,
    done: 0,
    total: staged.objectCount,
    archiveSha256: staged.archiveSha256,
    signer,
    trust,
    options,
    selection,
    planDigest: null,
    counts: { ...NO_COUNTS },
    error: null,
    runner,
  };
}

/** PostgreSQL: progress goes to the table too, from outside the commit transaction, for other replicas' clients. */
function progressSink(app: AppServices) {
  if (!app.config.databaseUrl) return null;
  return (view: ImportRecordView) => new ImportRecordStore(app.orm.em.fork() as SqlEntityManager).saveProgress(view);
}

/**
 * Runs the commit transaction of a RUNNING record (written already) on a writer connection (one at a time per
 * SQLite file), and ends the record. Never throws: it resolves with the failure, or null on success. A failure leaves
 * the registry as it was (the transaction rolled back) and the record FAILED with the error's code and message.
 */
async function runImport(app: AppServices, job: CommitJob): Promise<unknown> {
  const store = new ImportRecordStore(app.orm.em.fork() as SqlEntityManager);
  try {
    // A warm-up or a stored plan of this import under way is likely the plan to apply: the commit need not re-plan.
    await app.importPlans.beforeCommit(job.view.stagedImportId!);
    await inCommitTransaction(app, job);
    app.importPlans.afterCommit(job.view.stagedImportId!, consumeStagedImport(app, job)); // its caller need not wait
    return null;
  } catch (error) {
    await recordFailure(app, store, job, error);
    return error;
  }
}

/**
 * The commit transaction on a writer connection: PostgreSQL's advisory lock, taken in the transaction,
 * serializes commits across replicas; on SQLite they queue in process, one at a time per file.
 */
async function inCommitTransaction(app: AppServices, job: CommitJob): Promise<void> {
  Object.assign(job.view, await inWriterTransaction(app, (tx) => commitInTransaction(tx, job)));
}

/**
 * The staged import has served its purpose; if deleting it fails, it simply expires. The tables the commit
 * filled get fresh statistics (PostgreSQL), so the next reads of the new objects are planned for their number.
 */
async function consumeStagedImport(app: AppServices, job: CommitJob): Promise<void> {
  const id = job.view.stagedImportId!;
  try {
    await deleteStagedImports(writerTransaction(app), [id]);
  } catch (err) {
    app.logger.warn({ err, stagedImportId: id }, 'committed staged import not deleted; it will expire');
  }
  try {
    await refreshStatistics(app.orm.em.fork() as SqlEntityManager, ['registry_object', 'object_reference']);
  } catch (err) {
    app.logger.warn({ err, importId: job.view.id }, 'statistics not refreshed after an import');
  }
}

async function recordFailure(app: AppServices, store: ImportRecordStore, job: CommitJob, error: unknown): Promise<void> {
  const domain = error instanceof RegistryError || error instanceof ArchiveError || error instanceof CryptoError;
  if (!domain) app.logger.error({ err: error, importId: job.view.id }, 'import commit failed unexpectedly');
  const code = domain ? error.code : 'INTERNAL_SERVER_ERROR';
  const message = domain ? error.message : `The import failed on an unexpected error (import ${job.view.id}; see the server log).`;
  await job.progress.writesDone();
  const approvalId = job.promotion?.approvalId;
  if (approvalId) {
    // The approval did not happen: the held promotion waits for another try, before anyone can see the record
    // FAILED (recovery does this for a process that died instead).
    await reopenApproval(app.orm.em.fork() as SqlEntityManager, approvalId).catch((err) =>
      app.logger.error({ err, incomingPromotion: approvalId }, 'held promotion not reopened after its failed commit; recovery reopens it'),
    );
  }
  Object.assign(job.view, { status: ImportStatus.FAILED, finishedAt: new Date(), error: { code, message } });
  try {
    await store.save(job.view);
  } catch (err) {
    app.logger.error({ err, importId: job.view.id }, 'failed import could not be recorded');
  }
}
