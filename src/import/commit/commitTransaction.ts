import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Manifest } from '../../archive/record.js';
import { AccessControl } from '../../auth/accessControl.js';
import type { Principal } from '../../auth/principal.js';
import { RegistryError } from '../../errors/registryError.js';
import { applyPlan, WRITE_LINES } from './applyPlan.js';
import { lockImportCommits } from './commitLock.js';
import { isPostgres } from '../../db/dialect.js';
import type { ProgressReporter } from '../records/importProgress.js';
import { writeOutcomes } from './importOutcomes.js';
import { ImportRecordStore } from '../records/importRecordStore.js';
import { countsOf, ImportPhase, type ImportRecordView, ImportStatus } from '../records/importRecordView.js';
import { breachesOf, type ImportExpectation } from './importExpectation.js';
import type { Plan, PlanOptions } from '../planner/types.js';
import { planKeyOf, planStagedImport } from '../planning/planStagedImport.js';
import { registryRevision } from '../plans/registryRevision.js';
import { findStoredPlan } from '../plans/storedPlans.js';
import { copyStoredOutcomes } from './copyStoredOutcomes.js';
import { plannedInPages, planningPage, planPassA } from '../planning/pagedPlanning.js';
import type { ImportPlans } from '../plans/importPlans.js';
import { trustSigner } from '../staging/signerTrust.js';
import { loadStagedImport } from '../staging/stagedImports.js';
import { recordPromotionFrom } from '../../remote/promotionRecords.js';
import { markApproved } from '../../remote/promotionHolds.js';

/** What a commit applies: decided before its transaction, re-checked inside it. */
export interface CommitJob {
  view: ImportRecordView;
  principal: Principal;
  /** This registry's address, for stage restrictions. */
  address: string;
  futureTimestamps?: { maxSkewSeconds: number; refuse: boolean };
  /** Staged imports larger than this are planned in pages (config planInMemoryMaxObjects). */
  inMemoryMaxObjects: number;
  options: PlanOptions;
  selection: string[] | null;
  expectedPlanDigest: string | null;
  /** The staged import's owner: the committer, or the submitter of a held promotion its approver commits. */
  stagedImportOwner: string;
  /** Set when a registry promotes to this one: the promoted objects record where they came from. */
  promotion: { stage: string | null; approvalId: string | null } | null;
  /** What the committer expects of the plan (failOn, max): a plan that breaks it is refused. */
  expectation: ImportExpectation | null;
  progress: ProgressReporter;
  /** The service's plans: a memory plan made at the revision the commit reads is the plan. */
  plans: ImportPlans;
}

/**
 * The commit, inside ONE transaction: take the commit lock; refuse a staged import another commit (in any
 * replica) already applied (IMPORT_ALREADY_COMMITTED: it is deleted only after its commit); take the plan stored at the current registry revision
 * (made for the preview, so nothing is planned again) or else re-plan against the registry as the transaction
 * sees it; refuse a stale or blocked plan; trust the signer if asked, record one outcome per object (with what the
 * plan gives each written object), write the registry from those outcomes and the staged records (decide →
 * record → apply), and save the final record, which it returns. Throwing anywhere rolls all of it back.
 * Policies are not run again: the plan carries their vetoes and effects, and writing its outcome applies them.
 */
export async function commitInTransaction(tx: SqlEntityManager, job: CommitJob): Promise<ImportRecordView> {
  const { view, progress } = job;
  await claimCommit(tx, view);
  const committedBy = await new ImportRecordStore(tx).committedBy(view.stagedImportId!);
  if (committedBy) throw RegistryError.importAlreadyCommitted(view.stagedImportId!, committedBy, view.id);
  const stagedImport = await loadStagedImport(tx, view.stagedImportId!, { uuid: job.stagedImportOwner });
  const access = await new AccessControl(tx, job.principal).ready();
  const deps = { em: tx, access, address: job.address, futureTimestamps: job.futureTimestamps, plans: job.plans };
  const request = { stagedImport, options: job.options, selection: job.selection };
  // Read (PostgreSQL: and locked, so no registry write lands until this commit ends) before the plan is.
  const revision = await registryRevision(tx, true);
  const stored = await findStoredPlan(tx, stagedImport.id, planKeyOf(deps, request), revision);
  if (stored) {
    accept(stored, job);
    progress.phase(ImportPhase.RECORDING, stored.objectCount);
    await copyStoredOutcomes(tx, view.id, stored, WRITE_LINES, (n) => progress.advance(n));
  } else if (plannedInPages(stagedImport, job.inMemoryMaxObjects)) {
    // Too large to plan in memory: planned in pages, each page's outcomes written as it is decided. The digest
    // is known at the end; a stale or blocked plan then rolls all of it back.
    const planned = await planPassA(deps, request, planningPage(job.inMemoryMaxObjects), { revision });
    progress.phase(ImportPhase.RECORDING, stagedImport.objectCount);
    accept(await planned.passB(tx, (decisions) => writeOutcomes(tx, view.id, decisions, (n) => progress.advance(n))), job);
  } else {
    const { plan } = await planStagedImport(deps, request, revision);
    accept(plan, job);
    progress.phase(ImportPhase.RECORDING, plan.decisions.length);
    await writeOutcomes(tx, view.id, plan.decisions, (n) => progress.advance(n));
  }
  if (job.options.trustProvider && view.signer) await trustSigner(tx, view.signer, job.principal.uuid);
  const { counts } = view;
  progress.phase(ImportPhase.WRITING, counts.created + counts.replaced);
  const protection = (stagedImport.manifest as unknown as Manifest).protection;
  await applyPlan(tx, { importId: view.id, stagedImportId: stagedImport.id, protection }, (n) => progress.advance(n));
  if (job.promotion) await recordPromotionFrom(tx, stagedImport, view, job.promotion.stage);
  if (job.promotion?.approvalId) await markApproved(tx, job.promotion.approvalId, view.id);
  // A progress write still in flight would wait for this transaction's row lock: let it land first.
  await progress.writesDone();
  const ended = { ...view, status: ImportStatus.SUCCEEDED, phase: ImportPhase.DONE, done: view.total, finishedAt: new Date() };
  await new ImportRecordStore(tx).save(ended);
  // Every write above is native. Entities read on the way (the staged import, models, policies, grants) must not
  // be flushed by the transaction's end: a datetime that round-trips differently would count as a change.
  tx.clear();
  return ended; // the caller shows it once the transaction has committed, not before
}

/**
 * Serializes commits before anything is read. PostgreSQL: the advisory lock, first thing in the transaction.
 * SQLite: a first write (the record's phase) takes the file's write lock now, so the plan is made on the state
 * the writes will apply to; otherwise a writer slipping in between would make the commit fail on its first write.
 */
async function claimCommit(tx: SqlEntityManager, view: ImportRecordView): Promise<void> {
  if (isPostgres(tx)) await lockImportCommits(tx);
  else await new ImportRecordStore(tx).saveProgress(view);
}

/** Takes the plan's digest and counts into the record, if it is the one to apply. */
function accept(plan: Pick<Plan, 'digest' | 'counts' | 'blocking'>, job: CommitJob): void {
  job.view.planDigest = plan.digest;
  job.view.counts = countsOf(plan.counts);
  assertApplicable(plan, job);
}

/** What a person reviewed is what is applied; a blocked plan, or one that breaks the expectation, writes nothing. */
function assertApplicable(plan: Pick<Plan, 'digest' | 'blocking' | 'counts'>, job: CommitJob): void {
  const expected = job.expectedPlanDigest;
  if (expected && expected !== plan.digest) throw RegistryError.planStale(expected, plan.digest, job.view.id);
  if (plan.blocking.length > 0) {
    throw RegistryError.importBlocked(plan.blocking.map(({ code, message }) => ({ code, message })), job.view.id);
  }
  const breaches = breachesOf(job.expectation, plan.counts);
  if (breaches.length > 0) throw RegistryError.expectationBroken(breaches, job.view.id);
}

