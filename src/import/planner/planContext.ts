import type { ArchiveRecord, ProtectionFlags } from '../../archive/record.js';
import type { KindFieldsMap } from '../../domain/kindFields.js';
import type { PolicyOutcome } from '../../policies/policyEngine.js';
import type { ArchiveTypes, VersionTypes } from './archiveTypes.js';
import { invariant } from './invariant.js';
import { type Link, linksOf } from './links.js';
import { actionOf, Flag, type PlanSkeleton } from './planSkeleton.js';
import type { Ref } from './reasonCodes.js';
import {
  type Actor,
  type ExistingObject,
  type FutureTimestampPolicy,
  ImportAction,
  type LifecycleModelView,
  type PlanOptions,
  type PolicyView,
  type Reason,
  type RegistryView,
  type StagedObject,
  type WriteOutcome,
} from './types.js';

export type TimestampVerdict = 'ABSENT' | 'NEWER' | 'IDENTICAL' | 'OLDER';

/**
 * Any staged object as other objects' rules see it: the entry itself when it is on the page being planned,
 * else what the skeleton knows of it (identity, and once the closure has run, its fate).
 */
export interface EntryRef {
  readonly index: number;
  readonly record: Pick<ArchiveRecord, 'uuid' | 'kind' | 'name'>;
  readonly timestampAction: ImportAction;
  readonly selectedByDefault: boolean;
  readonly alive: boolean;
  readonly written: boolean;
  readonly action: ImportAction;
}

/** A link with its target looked up once: the archive object holding it, and whether the registry holds it. */
export interface ResolvedLink extends Link {
  entry: EntryRef | undefined;
  inRegistry: boolean;
}

/** The planner's working state for one staged object of the page being planned. Rules fill it in phase by phase. */
export interface PlanEntry extends EntryRef {
  index: number;
  object: StagedObject;
  record: ArchiveRecord;
  /** The registry's copy, if the importer may view it (PlanContext.seen). */
  existing: ExistingObject | undefined;
  /** The registry holds an object with this UUID that the importer may not view: it is never written. */
  hidden: boolean;
  links: ResolvedLink[];
  verdict: TimestampVerdict;
  /** What the timestamps alone call for. */
  timestampAction: ImportAction;
  selectedByDefault: boolean;
  selected: boolean;
  /** Visited by the dependency closure: its own checks ran. */
  requested: boolean;
  /** The action of the first own check that failed (SKIP or REJECT), or null. */
  failure: ImportAction | null;
  /** The reason code of that failure. */
  failureCode: string | null;
  /** Survives the cascade: passes its own checks and every required archive-only target survives too. */
  alive: boolean;
  written: boolean;
  /**
   * Archive indexes of the objects that pulled this one in through a required link / a group membership (read
   * for the objects included that way).
   */
  neededBy: Int32Array;
  memberOf: Int32Array;
  /** The first LISTED_MAX written objects that pulled it in (archive order), of includedByCount. */
  includedBy: string[];
  includedByCount: number;
  action: ImportAction;
  policy: PolicyOutcome | null;
  outcome: WriteOutcome | null;
  reasons: Reason[];
}

/** What holds for a whole plan, whichever page is being planned. */
export interface PlanRun {
  skeleton: PlanSkeleton;
  completeOrganization: string | null;
  protection: ProtectionFlags;
  options: PlanOptions;
  selection: ReadonlySet<string> | null;
  /** The objects the export was asked for (its manifest's options.objects), or null when unknown. */
  exported: ReadonlySet<string> | null;
  /** Problems that make the whole import fail, in the order found. */
  blocking: Reason[];
  /** Owners that exist nowhere, with the objects that would have them (ownerRule), by owner UUID. */
  missingOwners: Map<string, { owner: Ref; objects: Ref[]; total: number }>;
  /** The archive's lifecycle models (few), by archive index, as pass A read them. */
  archiveModels: Map<number, KindFieldsMap['LIFECYCLE_MODEL']>;
  /** Reasons shared by equal value across the plan (see PlanContext.shared). */
  sharedReasons: Map<string, Reason>;
  /** The archive's object types (validationRule), whichever page they are on. */
  archiveTypes: ArchiveTypes;
  /** The types of the archive's assets named as previous versions (validationRule), whichever page they are on. */
  versionTypes: VersionTypes;
  futureTimestamps: FutureTimestampPolicy;
}

const NONE = new Int32Array(0);

/** Distinct reasons a plan shares at most (see PlanContext.shared). */
const SHARED_REASONS = 10_000;

export const writes = (action: ImportAction): boolean =>
  action === ImportAction.CREATE || action === ImportAction.REPLACE;

/** An archive object off the current page, answered from the skeleton. */
class SkeletonRef implements EntryRef {
  private identity: Pick<ArchiveRecord, 'uuid' | 'kind' | 'name'> | undefined;

  constructor(
    private readonly skeleton: PlanSkeleton,
    readonly index: number,
  ) {}

  /** Read when asked: most refs are asked for their fate only, and the skeleton keeps identities as bytes. */
  get record(): Pick<ArchiveRecord, 'uuid' | 'kind' | 'name'> {
    const { skeleton, index } = this;
    this.identity ??= { uuid: skeleton.uuid(index), kind: skeleton.kind(index), name: skeleton.name(index) };
    return this.identity;
  }

  get timestampAction(): ImportAction {
    return actionOf(this.skeleton.timestampAction[this.index]!);
  }
  get selectedByDefault(): boolean {
    return this.skeleton.has(this.index, Flag.SELECTED_BY_DEFAULT);
  }
  get alive(): boolean {
    return this.skeleton.has(this.index, Flag.ALIVE);
  }
  get written(): boolean {
    return this.skeleton.has(this.index, Flag.WRITTEN);
  }
  get action(): ImportAction {
    return actionOf(this.skeleton.action[this.index]!);
  }
}

/**
 * Shared state the rules report into (graphql-js ValidationContext style): problems are data, not throws. One
 * context per page of staged objects: `entries` are the page's, `registry` and `actor` answer for what the page
 * mentions, and everything about other objects comes from the plan's skeleton (`archive`).
 */
export class PlanContext {
  readonly entries: PlanEntry[];
  /** Whether reasons are kept: pass A only needs the failures, pass B reports. */
  reporting = true;
  private readonly onPage = new Map<string, PlanEntry>();
  private readonly onPageAt = new Map<number, PlanEntry>();
  private policyList: PolicyView[] | undefined;

  constructor(
    readonly run: PlanRun,
    objects: readonly StagedObject[],
    readonly registry: RegistryView,
    readonly actor: Actor,
  ) {
    this.entries = objects.map((object) => this.entryFor(object));
    for (const entry of this.entries) {
      invariant(!this.onPage.has(entry.record.uuid), `duplicate staged UUID ${entry.record.uuid}`);
      this.onPage.set(entry.record.uuid, entry);
      this.onPageAt.set(entry.index, entry);
    }
    for (const entry of this.entries) entry.links = this.resolveLinks(entry.record);
  }

  get options(): PlanOptions {
    return this.run.options;
  }

  get input(): Pick<PlanRun, 'completeOrganization' | 'selection' | 'exported'> {
    return this.run;
  }

  /** The registry's enabled policies, loaded once. */
  policies(): PolicyView[] {
    this.policyList ??= this.registry.policies();
    return this.policyList;
  }

  /** The staged object with this UUID, if the archive holds one. */
  archive(uuid: string): EntryRef | undefined {
    const entry = this.onPage.get(uuid);
    if (entry) return entry;
    const index = this.run.skeleton.index(uuid);
    return index === undefined ? undefined : new SkeletonRef(this.run.skeleton, index);
  }

  /** The staged object at this archive index. */
  archiveAt(index: number): EntryRef {
    return this.onPageAt.get(index) ?? new SkeletonRef(this.run.skeleton, index);
  }

  report(entry: PlanEntry, reason: Reason): void {
    if (this.reporting) entry.reasons.push(this.shared(reason));
  }

  /** An own check failed: the entry will not be written. The first failure decides SKIP or REJECT. */
  fail(entry: PlanEntry, action: ImportAction.SKIP | ImportAction.REJECT, reason: Reason): void {
    if (entry.failure === null) {
      entry.failure = action;
      entry.failureCode = reason.code;
    }
    if (this.reporting) entry.reasons.push(this.shared(reason));
  }

  block(reason: Reason): void {
    this.run.blocking.push(reason);
  }

  /**
   * The archive object a link pulls into the import, if any: the target of a required link that only the archive
   * holds, or (group membership) a group the timestamps would write.
   */
  pullTarget(link: ResolvedLink): EntryRef | undefined {
    const target = link.entry;
    if (!target) return undefined;
    if (link.required) return link.inRegistry ? undefined : target;
    return writes(target.timestampAction) ? target : undefined;
  }

  /**
   * The registry's object with this UUID as the importer sees it: undefined when there is none or the importer may
   * not view it. Every decision and reason reads the registry through here, so none reveals what the importer
   * could not see by hand (docs/security.md).
   */
  seen(uuid: string): ExistingObject | undefined {
    const found = this.registry.get(uuid);
    return found && this.actor.canView(uuid) ? found : undefined;
  }

  /** Whether an object with this UUID will exist once the import is applied, as far as the importer sees. */
  existsAfter(uuid: string): boolean {
    return this.archive(uuid)?.written === true || this.seen(uuid) !== undefined;
  }

  ref(uuid: string): Ref {
    const name = this.archive(uuid)?.record.name ?? this.seen(uuid)?.name;
    return { uuid, name };
  }

  actorRef(): Ref {
    return { uuid: this.actor.uuid, name: this.actor.name };
  }

  /** The archive's lifecycle models that will be written, with their views. */
  writtenArchiveModels(): { index: number; view: LifecycleModelView }[] {
    const models: { index: number; view: LifecycleModelView }[] = [];
    for (const [index, fields] of this.run.archiveModels) {
      if (!this.run.skeleton.has(index, Flag.WRITTEN)) continue;
      models.push({ index, view: modelView(this.run.skeleton.uuid(index), fields) });
    }
    return models;
  }

  /** The reason with `decisive` set, shared like every reason (see reasonOrder.ts). */
  marked(reason: Reason, decisive: boolean): Reason {
    return reason.decisive === decisive ? reason : this.shared({ ...reason, decisive });
  }

  /**
   * One Reason object for equal reasons: most decisions of a large import carry the same few (NEW_OBJECT, the
   * importer as owner), which a plan would otherwise hold 100k copies of. Reasons are never mutated.
   * Bounded: past SHARED_REASONS distinct reasons, new ones are kept as they are.
   */
  private shared(reason: Reason): Reason {
    const key = `${reason.code}\u0000${reason.severity}\u0000${reason.decisive}\u0000${reason.uuids.join(',')}\u0000${reason.message}`;
    const known = this.run.sharedReasons.get(key);
    if (known) return known;
    if (this.run.sharedReasons.size < SHARED_REASONS) this.run.sharedReasons.set(key, reason);
    return reason;
  }

  private resolveLinks(record: ArchiveRecord): ResolvedLink[] {
    return linksOf(record, this.run.options).map(({ target, role, required }) => {
      const entry = this.archive(target);
      // The registry's copy of an archive object is its `existing`: the same lookup either way.
      const inRegistry = this.seen(target) !== undefined;
      return { target, role, required, entry, inRegistry };
    });
  }

  private entryFor(object: StagedObject): PlanEntry {
    const record = object.record;
    const index = this.run.skeleton.index(record.uuid);
    invariant(index !== undefined, `staged object ${record.uuid} is not in the plan's skeleton`);
    return {
      index,
      object,
      record,
      existing: this.seen(record.uuid),
      hidden: this.registry.get(record.uuid) !== undefined && !this.actor.canView(record.uuid),
      links: [],
      verdict: 'ABSENT',
      timestampAction: ImportAction.CREATE,
      selectedByDefault: false,
      selected: false,
      requested: false,
      failure: null,
      failureCode: null,
      alive: false,
      written: false,
      neededBy: NONE,
      memberOf: NONE,
      includedBy: [],
      includedByCount: 0,
      action: ImportAction.SKIP,
      policy: null,
      outcome: null,
      reasons: [],
    };
  }
}

/** A lifecycle model record's view, as the registry's models are seen. */
export function modelView(uuid: string, fields: KindFieldsMap['LIFECYCLE_MODEL']): LifecycleModelView {
  return {
    uuid,
    status: fields.status,
    states: fields.states.map((s) => ({ uuid: s.uuid, name: s.name })),
    initialState: fields.initialState,
    objectTypes: fields.objectTypes,
  };
}
