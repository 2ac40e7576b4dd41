import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AppServices } from '../../app/appServices.js';
import { AccessControl } from '../../auth/accessControl.js';
import type { Principal } from '../../auth/principal.js';
import { logDomainEvent } from '../../observability/domainEvents.js';
import { ObjectService } from '../../registry/objectService.js';
import { runRemoteOperation, type RemoteOperationView } from '../remoteOperations.js';
import { assertMayConfigureRemotes, type ConnectedRemote, RemoteRegistries } from '../remoteRegistries.js';
import { compareRemotePackage } from './packageComparison.js';
import { pullFromRemote, type SideCommit } from './pullFromRemote.js';
import { pushToRemote } from './pushToRemote.js';
import { SyncErrors } from './syncErrors.js';
import { planSync, type SyncPlan } from './syncPlan.js';
import { recordAgreed } from './syncStateStore.js';
import {
  type ElementOutcome,
  type PackageComparison,
  type PackageSyncResult,
  type SyncChoice,
  SyncDirection,
  type SyncMemberList,
  SyncOutcome,
  SyncState,
} from './syncTypes.js';

/**
 * The steps of a SYNC_PACKAGE operation, in order; `done` counts the steps passed (a sync with nothing to pull
 * skips the pull's steps, and so on).
 */
export const SYNC_STEPS = [
  'COMPARING',
  // pull: the remote exports, this registry downloads, stages, plans and commits
  'EXPORTING', 'TRANSFERRING', 'STAGING', 'PLANNING', 'COMMITTING',
  'MERGING',
  // push: this registry exports, the remote stages (the transfer), plans and commits
  'EXPORTING', 'TRANSFERRING', 'PLANNING', 'COMMITTING',
  'RECORDING',
] as const;
const PULL_START = 1;
const MERGE_STEP = 6;
const PUSH_START = 7;
const RECORD_STEP = 11;

export interface SynchronizeInput {
  remote: string;
  package: string;
  comparisonDigest: string;
  choices: readonly SyncChoice[];
  memberList?: SyncMemberList | null;
  wait: boolean;
}

/** Package synchronization uses remotes, which administrators configure: it is theirs. */
async function syncAccess(em: SqlEntityManager, principal: Principal, action: string): Promise<AccessControl> {
  const access = await new AccessControl(em, principal).ready();
  assertMayConfigureRemotes(access, action);
  return access;
}

/** Compares a package here with its copy on a configured remote (administrators only). */
export async function comparePackageWithRemote(app: AppServices, principal: Principal, remoteName: string, packageUuid: string): Promise<PackageComparison> {
  const em = app.orm.em.fork() as SqlEntityManager;
  const access = await syncAccess(em, principal, 'compare a package with a remote registry');
  return compareRemotePackage(em, access, await new RemoteRegistries(em).connect(remoteName), packageUuid);
}

/**
 * Carries out the reviewed choices of a package comparison as a remote operation: compares again and refuses
 * (SYNC_COMPARISON_STALE, nothing done) unless the comparison is the one reviewed; pulls through this
 * registry's staging, planner and commit; MERGE writes the union of the member lists here; pushes through the
 * remote's staging, planner and commit; then records, for every element now the same on both sides, the
 * digest both agree on. Each side's commit is one transaction, but the two sides are not one: when a later
 * step fails after an earlier side committed, the failed operation's result says what landed where.
 */
export async function synchronizeRemotePackage(app: AppServices, principal: Principal, input: SynchronizeInput): Promise<RemoteOperationView> {
  const em = app.orm.em.fork() as SqlEntityManager;
  await syncAccess(em, principal, 'synchronize a package with a remote registry');
  const remote = await new RemoteRegistries(em).byName(input.remote);
  return runRemoteOperation<PackageSyncResult>(app, {
    kind: 'SYNC_PACKAGE',
    remoteId: remote.id,
    principal,
    phases: SYNC_STEPS,
    wait: input.wait,
    work: (progress) => new PackageSync(app, principal, input, (step) => progress(SYNC_STEPS[step]!, step)).run(),
  });
}

/**
 * One synchronization, in order: compare, pull, merge, push, record. Each step reads and writes through an
 * entity manager of its own: a step must not flush entities an earlier one loaded and a commit changed since.
 */
class PackageSync {
  private result: PackageSyncResult;
  private outcomes = new Map<string, ElementOutcome>();

  constructor(
    private readonly app: AppServices,
    private readonly principal: Principal,
    private readonly input: SynchronizeInput,
    private readonly step: (index: number) => Promise<void>,
  ) {
    this.result = {
      package: input.package,
      comparisonDigest: input.comparisonDigest,
      elements: [],
      localImportRecordId: null,
      remoteImportRecordId: null,
      mergedMembers: null,
      recorded: 0,
      complete: true,
    };
  }

  private fresh(): SqlEntityManager {
    return this.app.orm.em.fork() as SqlEntityManager;
  }

  async run(): Promise<PackageSyncResult> {
    const em = this.fresh();
    const access = await new AccessControl(em, this.principal).ready();
    const connected = await new RemoteRegistries(em).connect(this.input.remote);
    const comparison = await compareRemotePackage(em, access, connected, this.input.package);
    if (comparison.comparisonDigest !== this.input.comparisonDigest) throw SyncErrors.comparisonStale(this.input.comparisonDigest, comparison.comparisonDigest);
    const plan = planSync(comparison, this.input.choices, this.input.memberList ?? null);
    this.startOutcomes(comparison, plan);
    if (plan.pull.length) {
      const steps = this.stepsFrom(PULL_START, ['EXPORTING', 'TRANSFERRING', 'STAGING', 'PLANNING', 'COMMITTING']);
      const pulled = await pullFromRemote(this.app, this.fresh(), access, this.principal, connected, plan.pull, steps);
      this.result.localImportRecordId = pulled.importRecordId;
      this.apply(plan.pull, 'local', pulled);
    }
    await this.afterPull(access, connected, plan);
    await this.step(RECORD_STEP);
    await this.record(access, connected);
    return this.finished();
  }

  /** MERGE and push: a failure here comes after a pull may have committed, so the result says what landed. */
  private async afterPull(access: AccessControl, connected: ConnectedRemote, plan: SyncPlan): Promise<void> {
    let side: 'local' | 'remote' = 'local';
    try {
      if (plan.mergedMembers) {
        await this.step(MERGE_STEP);
        await new ObjectService(this.fresh(), access, (uuid, change) => logDomainEvent(this.app.logger, 'roles.changed', { object: uuid, ...change })).update(this.input.package, {
          fields: { members: plan.mergedMembers },
        });
        this.result.mergedMembers = plan.mergedMembers;
        this.outcomes.get(this.input.package)!.local = SyncOutcome.MERGED;
      }
      if (plan.push.length) {
        side = 'remote';
        const steps = this.stepsFrom(PUSH_START, ['EXPORTING', 'TRANSFERRING', 'PLANNING', 'COMMITTING']);
        const pushed = await pushToRemote(this.app, this.fresh(), access, connected.client, plan.push, steps);
        this.result.remoteImportRecordId = pushed.importRecordId;
        this.apply(plan.push, 'remote', pushed);
      }
    } catch (error) {
      const landed = this.result.localImportRecordId !== null || this.result.mergedMembers !== null;
      for (const uuid of side === 'remote' ? plan.push : plan.mergedMembers ? [this.input.package] : []) this.outcomes.get(uuid)![side] = SyncOutcome.FAILED;
      if (landed) Object.assign(error as object, { partialResult: this.finished(false) });
      throw error;
    }
  }

  /** Records the digest of every element the two sides now agree on; a failure to compare again loses only that. */
  private async record(access: AccessControl, connected: ConnectedRemote): Promise<void> {
    try {
      const em = this.fresh();
      const after = await compareRemotePackage(em, access, connected, this.input.package);
      const agreed = after.elements.filter((e) => e.state === SyncState.SAME).map((e) => ({ uuid: e.uuid, digest: e.local!.contentDigest }));
      await recordAgreed(em, connected.remote.id, agreed);
      this.result.recorded = agreed.length;
    } catch (err) {
      this.app.logger.warn({ err, package: this.input.package, remoteId: connected.remote.id }, 'synchronized, but the agreed digests were not recorded');
    }
  }

  private startOutcomes(comparison: PackageComparison, plan: SyncPlan): void {
    const byUuid = new Map(comparison.elements.map((e) => [e.uuid, e]));
    const touched = new Set([...plan.directions.keys(), ...(plan.mergedMembers ? [comparison.package] : [])]);
    for (const uuid of touched) {
      const e = byUuid.get(uuid)!;
      this.outcomes.set(uuid, { uuid, kind: e.kind, name: e.name, direction: plan.directions.get(uuid) ?? SyncDirection.NONE, local: SyncOutcome.UNCHANGED, remote: SyncOutcome.UNCHANGED });
    }
  }

  private apply(uuids: string[], side: 'local' | 'remote', commit: SideCommit): void {
    for (const uuid of uuids) this.outcomes.get(uuid)![side] = outcomeOf(commit.actions.get(uuid));
  }

  private stepsFrom(start: number, phases: string[]): (phase: string) => Promise<void> {
    return (phase) => this.step(start + Math.max(phases.indexOf(phase), 0));
  }

  private finished(complete = true): PackageSyncResult {
    return { ...this.result, complete, elements: [...this.outcomes.values()].sort((a, b) => (a.uuid < b.uuid ? -1 : 1)) };
  }
}

function outcomeOf(action: string | undefined): SyncOutcome {
  switch (action) {
    case 'CREATE':
      return SyncOutcome.CREATED;
    case 'REPLACE':
      return SyncOutcome.REPLACED;
    case 'IGNORE':
      return SyncOutcome.IGNORED;
    case 'REJECT':
      return SyncOutcome.REJECTED;
    default:
      return SyncOutcome.SKIPPED;
  }
}
