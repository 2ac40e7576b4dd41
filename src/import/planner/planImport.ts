import type { ProtectionFlags } from '../../archive/record.js';
import type { KindFieldsMap } from '../../domain/kindFields.js';
import { ObjectKind } from '../../domain/objectKind.js';
import { type ArchiveTypes, archiveTypesOf, type VersionTypes, versionTypesOf } from './archiveTypes.js';
import { PlanContext, type PlanEntry, type PlanRun, type ResolvedLink } from './planContext.js';
import { factsOf, type PassAFacts, restoreFacts } from './passAFacts.js';
import { BreakdownTally } from './planBreakdown.js';
import { PlanDigest } from './planDigest.js';
import { PlanSkeleton } from './planSkeleton.js';
import { orderReasons } from './reasonOrder.js';
import { type Dependents, drain, type OwnCheck, recordLinksAndChecks, resolveDependencySteps } from './closure.js';
import { dependencyRule } from './rules/dependencyRule.js';
import { hiddenObjectRule } from './rules/hiddenObjectRule.js';
import { lifecycleRule } from './rules/lifecycleRule.js';
import { blockMissingOwners, ownerRule } from './rules/ownerRule.js';
import { permissionRule } from './rules/permissionRule.js';
import { policyEffectsRule } from './rules/policyEffectsRule.js';
import { policyRule } from './rules/policyRule.js';
import { roleGrantRule } from './rules/roleGrantRule.js';
import { sameNameRule } from './rules/sameNameRule.js';
import { blockUnknownSelection, selectionRule } from './rules/selectionRule.js';
import { stageRule } from './rules/stageRule.js';
import { systemGroupRule } from './rules/systemGroupRule.js';
import { timestampRule } from './rules/timestampRule.js';
import { unresolvedReferenceRule } from './rules/unresolvedReferenceRule.js';
import { futureTimestampRule } from './rules/futureTimestampRule.js';
import { validationRule } from './rules/validationRule.js';
import { deselectUsersGroups, markUserGroups, userGroupsRule, usersGroupSelection } from './rules/userGroupsRule.js';
import { versionRule } from './rules/versionRule.js';
import { countKeyOf, noActionCounts } from './actionCounts.js';
import {
  type Actor,
  type Decision,
  type FutureTimestampPolicy,
  type Plan,
  type PlanInput,
  type PlanOptions,
  type Reason,
  ReferenceResolution,
  type RegistryView,
  type ResolvedReference,
  type StagedObject,
  type WriteOutcome,
} from './types.js';

/** Checks of an object on its own, in reporting order; the policy check runs only when the others passed. */
const OWN_CHECKS: readonly OwnCheck[] = [
  systemGroupRule,
  permissionRule,
  roleGrantRule,
  stageRule,
  unresolvedReferenceRule,
  validationRule,
  futureTimestampRule,
  hiddenObjectRule,
  policyRule,
];

/** What a written object will hold; lifecycle before policy effects, which may set the state. */
const OUTCOME_RULES: readonly ((ctx: PlanContext) => void)[] = [
  ownerRule,
  userGroupsRule,
  lifecycleRule,
  versionRule,
  policyEffectsRule,
];

/** What a planner is made with, besides the skeleton. */
export interface PlannerSettings {
  completeOrganization: string | null;
  protection: ProtectionFlags;
  options: PlanOptions;
  selection: readonly string[] | null;
  /** Every object type of the archive (stagedObjectTypes; planImport reads them from its objects). */
  archiveTypes: ArchiveTypes;
  /** The types of the archive's assets named as previous versions (stagedVersionTypes; planImport reads them). */
  versionTypes: VersionTypes;
  futureTimestamps?: FutureTimestampPolicy;
  exportedObjects?: readonly string[] | null;
}

/** The plan but its decisions, which a paged planning hands out as they are made. */
export type PlanSummary = Omit<Plan, 'decisions'>;

/**
 * Decides, for every staged object, CREATE / REPLACE / IGNORE / REJECT / SKIP with all its reasons, and the
 * problems that block the whole import. Deterministic: equal inputs give equal plans (and digests), so preview
 * and commit agree. O(objects + links).
 *
 * It reads the staged objects twice, in archive order, a page at a time (any page size, the same plan):
 * - pass A (`passA`): timestamps and selection; links and own checks into the skeleton;
 * - between (`resolve`): dependency closure, cascade, what is written, every action (skeleton only);
 * - pass B (`passB`): the reasons, then owner, groups, lifecycle, versions and policy effects of what is written,
 *   and the page's decisions.
 * Each page comes with a registry view and an actor that answer for everything its objects mention. Between the
 * pages only the skeleton is held: planImport gives all objects as one page, planning from the database gives
 * pages of thousands, so a plan of a million objects need not fit in memory.
 */
export class Planner {
  private readonly run: PlanRun;
  private dependents: Dependents | null = null;
  private readonly digest = new PlanDigest();
  private readonly tally = new BreakdownTally();
  private readonly counts = noActionCounts();

  /** `skeleton`: every staged object added, in archive order. */
  constructor(skeleton: PlanSkeleton, settings: PlannerSettings) {
    this.run = {
      skeleton,
      completeOrganization: settings.completeOrganization,
      protection: settings.protection,
      options: settings.options,
      selection: settings.selection && new Set(settings.selection),
      exported: settings.exportedObjects ? new Set(settings.exportedObjects) : null,
      blocking: [],
      missingOwners: new Map(),
      archiveModels: new Map(),
      sharedReasons: new Map(),
      archiveTypes: settings.archiveTypes,
      versionTypes: settings.versionTypes,
      futureTimestamps: settings.futureTimestamps ?? defaultFutureTimestamps(),
    };
    blockUnknownSelection(this.run, settings.selection);
  }

  /**
   * A planner whose pass A is done already, derived from the facts of the default selection (passAFacts.ts) for
   * `settings.options`: what follows is resolve and pass B, as after passA.
   */
  static fromFacts(skeleton: PlanSkeleton, settings: PlannerSettings, facts: PassAFacts): Planner {
    if (settings.selection !== null) throw new Error('pass A facts are for the default selection only');
    const futureTimestamps = { ...(settings.futureTimestamps ?? defaultFutureTimestamps()), now: facts.now };
    const planner = new Planner(skeleton, { ...settings, futureTimestamps });
    restoreFacts(facts, skeleton, settings.options);
    for (const [index, fields] of facts.archiveModels) planner.run.archiveModels.set(index, fields);
    return planner;
  }

  /** What pass A found, when it ran with factOptions and the default selection (before resolve). */
  facts(): PassAFacts {
    const { skeleton, archiveModels, archiveTypes, versionTypes, futureTimestamps } = this.run;
    return factsOf(skeleton, { archiveModels, archiveTypes, versionTypes, now: futureTimestamps.now });
  }

  /**
   * A planner for pass B of some pages on their own, beside this one (resolved): it reads the same skeleton,
   * which pass B never changes, and keeps its own reasons, counts and digest, so that this one's full pass B
   * goes on unaffected. Its decisions are those this one gives for the same pages.
   */
  aside(): Planner {
    if (!this.dependents) throw new Error('aside before resolve');
    const planner = Object.create(Planner.prototype) as Planner;
    const run: PlanRun = { ...this.run, blocking: [...this.run.blocking], missingOwners: new Map(), sharedReasons: new Map() };
    Object.assign(planner, { run, dependents: this.dependents, digest: new PlanDigest(), tally: new BreakdownTally(), counts: noActionCounts() });
    return planner;
  }

  /** The actions the closure decided, by archive index (after resolve): counts before pass B. */
  get skeleton(): PlanSkeleton {
    return this.run.skeleton;
  }

  /** Pass A over the next page of objects (archive order, every object once). */
  passA(objects: readonly StagedObject[], registry: RegistryView, actor: Actor): void {
    this.passAOn(new PlanContext(this.run, objects, registry, actor));
  }

  /**
   * All objects as one page: both passes over the same entries, so the working state of a plan held in memory
   * is built once (pass A keeps no reasons; pass B reports them).
   */
  planOnePage(objects: readonly StagedObject[], registry: RegistryView, actor: Actor): Decision[] {
    const ctx = new PlanContext(this.run, objects, registry, actor);
    this.passAOn(ctx);
    this.resolve();
    for (const entry of ctx.entries) {
      entry.failure = null;
      entry.failureCode = null;
      entry.policy = null;
    }
    return this.passBOn(ctx);
  }

  private passAOn(ctx: PlanContext): void {
    ctx.reporting = false;
    timestampRule(ctx);
    selectionRule(ctx);
    recordLinksAndChecks(ctx, OWN_CHECKS);
    markUserGroups(ctx);
    for (const entry of ctx.entries) {
      if (entry.record.kind === ObjectKind.LIFECYCLE_MODEL) {
        this.run.archiveModels.set(entry.index, entry.record.fields as KindFieldsMap['LIFECYCLE_MODEL']);
      }
    }
  }

  /** Once pass A has seen every object. */
  resolve(): void {
    drain(this.resolveSteps());
  }

  /** resolve, yielding between steps of work: a caller that awaits a turn of the event loop at each yield holds it briefly. */
  *resolveSteps(unitsPerStep?: number): Generator<void, void> {
    deselectUsersGroups(this.run);
    yield;
    this.dependents = yield* resolveDependencySteps(this.run.skeleton, unitsPerStep);
  }

  /** Pass B over the next page of objects (the same pages, in the same order): the page's decisions. */
  passB(objects: readonly StagedObject[], registry: RegistryView, actor: Actor): Decision[] {
    return this.passBOn(new PlanContext(this.run, objects, registry, actor));
  }

  private passBOn(ctx: PlanContext): Decision[] {
    if (!this.dependents) throw new Error('passB before resolve');
    ctx.reporting = true;
    timestampRule(ctx);
    selectionRule(ctx);
    usersGroupSelection(ctx);
    dependencyRule(ctx, OWN_CHECKS, this.dependents);
    sameNameRule(ctx);
    for (const entry of ctx.entries) if (entry.written) entry.outcome = initialOutcome(ctx);
    for (const rule of OUTCOME_RULES) rule(ctx);
    orderReasons(ctx);
    const decisions = ctx.entries.map(toDecision);
    for (const d of decisions) {
      this.digest.add(d);
      this.tally.add(d);
      this.counts[countKeyOf(d.action)]++;
    }
    return decisions;
  }

  /** Once pass B has seen every object: the blocking problems, counts and digest. */
  finish(): PlanSummary {
    blockMissingOwners({ run: this.run, block: (reason: Reason) => this.run.blocking.push(reason) });
    const blocking = this.run.blocking;
    return { blocking, counts: this.counts, breakdown: this.tally.finish(), digest: this.digest.finish(blocking) };
  }
}

/** The whole plan of objects held in memory: one page. Pure, synchronous. */
export function planImport(input: PlanInput): Plan {
  const records = input.objects.map(({ record }) => record);
  const planner = new Planner(PlanSkeleton.of(records), { ...input, archiveTypes: archiveTypesOf(records), versionTypes: versionTypesOf(records) });
  const decisions = planner.planOnePage(input.objects, input.registry, input.actor);
  return { decisions, ...planner.finish() };
}

/** Planning now, a day's skew, warned about: what a plan gets when its caller names no policy. */
export function defaultFutureTimestamps(): FutureTimestampPolicy {
  return { now: Date.now(), maxSkewSeconds: 24 * 3600, refuse: false };
}

/** The record as it is (its own attributes: null), owned by the importer: the outcome rules refine it. */
function initialOutcome(ctx: PlanContext): WriteOutcome {
  return { ownerUuid: ctx.actor.uuid, lifecycle: null, previousVersion: null, attributes: null, groups: null };
}

function toDecision(entry: PlanEntry): Decision {
  const { record } = entry;
  return {
    uuid: record.uuid,
    kind: record.kind,
    name: record.name,
    line: entry.object.line,
    action: entry.action,
    reasons: entry.reasons,
    selectedByDefault: entry.selectedByDefault,
    selected: entry.selected,
    includedBy: entry.includedBy,
    includedByCount: entry.includedByCount,
    existing: entry.existing ? { timestamp: entry.existing.timestamp } : null,
    references: record.references.map(
      (r, i): ResolvedReference => ({ name: r.name, target: r.target, resolution: resolve(entry.links[i]!) }),
    ),
    outcome: entry.outcome,
  };
}

/** linksOf lists the explicit references first, in order: reference i is link i. */
function resolve(link: ResolvedLink): ReferenceResolution {
  if (link.entry?.written) return ReferenceResolution.ARCHIVE;
  return link.inRegistry ? ReferenceResolution.REGISTRY : ReferenceResolution.UNRESOLVED;
}
