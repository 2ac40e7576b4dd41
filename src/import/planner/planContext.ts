import type { ArchiveRecord } from '../../archive/record.js';
import type { PolicyOutcome } from '../../policies/policyEngine.js';
import { invariant } from './invariant.js';
import { type Link, linksOf } from './links.js';
import type { Ref } from './reasonCodes.js';
import {
  type ExistingObject,
  ImportAction,
  type PlanInput,
  type PolicyView,
  type Reason,
  type StagedObject,
  type WriteOutcome,
} from './types.js';

export type TimestampVerdict = 'ABSENT' | 'NEWER' | 'IDENTICAL' | 'OLDER';

/** A link with its target looked up once: the archive entry holding it, and whether the registry holds it. */
export interface ResolvedLink extends Link {
  entry: PlanEntry | undefined;
  inRegistry: boolean;
}

/** The planner's working state for one staged object. Rules fill it in phase by phase. */
export interface PlanEntry {
  index: number;
  object: StagedObject;
  record: ArchiveRecord;
  existing: ExistingObject | undefined;
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
  /** Survives the cascade: passes its own checks and every required archive-only target survives too. */
  alive: boolean;
  written: boolean;
  /** Entries that pulled this one in through a required link / a group membership. */
  neededBy: PlanEntry[];
  memberOf: PlanEntry[];
  includedBy: string[];
  action: ImportAction;
  policy: PolicyOutcome | null;
  outcome: WriteOutcome | null;
  reasons: Reason[];
}

/** Distinct reasons a plan shares at most (see PlanContext.shared). */
const SHARED_REASONS = 10_000;

export const writes = (action: ImportAction): boolean =>
  action === ImportAction.CREATE || action === ImportAction.REPLACE;

/** Shared state the rules report into (graphql-js ValidationContext style): problems are data, not throws. */
export class PlanContext {
  readonly entries: PlanEntry[];
  readonly byUuid = new Map<string, PlanEntry>();
  readonly blocking: Reason[] = [];
  private policyList: PolicyView[] | undefined;
  private readonly sharedReasons = new Map<string, Reason>();

  constructor(readonly input: PlanInput) {
    this.entries = input.objects.map((object, index) => this.entryFor(object, index));
    for (const entry of this.entries) {
      invariant(!this.byUuid.has(entry.record.uuid), `duplicate staged UUID ${entry.record.uuid}`);
      this.byUuid.set(entry.record.uuid, entry);
    }
    for (const entry of this.entries) entry.links = this.resolveLinks(entry.record);
  }

  get options() {
    return this.input.options;
  }
  get registry() {
    return this.input.registry;
  }
  get actor() {
    return this.input.actor;
  }

  /** The registry's enabled policies, loaded once. */
  policies(): PolicyView[] {
    this.policyList ??= this.input.registry.policies();
    return this.policyList;
  }

  report(entry: PlanEntry, reason: Reason): void {
    entry.reasons.push(this.shared(reason));
  }

  /** An own check failed: the entry will not be written. The first failure decides SKIP or REJECT. */
  fail(entry: PlanEntry, action: ImportAction.SKIP | ImportAction.REJECT, reason: Reason): void {
    entry.failure ??= action;
    entry.reasons.push(this.shared(reason));
  }

  block(reason: Reason): void {
    this.blocking.push(reason);
  }

  /**
   * The archive entry a link pulls into the import, if any: the target of a required link that only the archive
   * holds, or (group membership) a group the timestamps would write by default.
   */
  pullTarget(link: ResolvedLink): PlanEntry | undefined {
    const target = link.entry;
    if (!target) return undefined;
    if (link.required) return link.inRegistry ? undefined : target;
    return target.selectedByDefault ? target : undefined;
  }

  /** Whether an object with this UUID will exist once the import is applied. */
  existsAfter(uuid: string): boolean {
    return this.byUuid.get(uuid)?.written === true || this.registry.get(uuid) !== undefined;
  }

  ref(uuid: string): Ref {
    const name = this.byUuid.get(uuid)?.record.name ?? this.registry.get(uuid)?.name;
    return { uuid, name };
  }

  actorRef(): Ref {
    return { uuid: this.actor.uuid, name: this.actor.name };
  }

  /**
   * One Reason object for equal reasons: most decisions of a large import carry the same few (NEW_OBJECT, the
   * importer as owner), which a cached plan would otherwise hold 100k copies of. Reasons are never mutated.
   * Bounded: past SHARED_REASONS distinct reasons, new ones are kept as they are.
   */
  private shared(reason: Reason): Reason {
    const key = `${reason.code}\u0000${reason.severity}\u0000${reason.uuids.join(',')}\u0000${reason.message}`;
    const known = this.sharedReasons.get(key);
    if (known) return known;
    if (this.sharedReasons.size < SHARED_REASONS) this.sharedReasons.set(key, reason);
    return reason;
  }

  private resolveLinks(record: ArchiveRecord): ResolvedLink[] {
    return linksOf(record, this.input.options).map(({ target, role, required }) => {
      const entry = this.byUuid.get(target);
      const inRegistry = entry ? entry.existing !== undefined : this.input.registry.get(target) !== undefined;
      return { target, role, required, entry, inRegistry };
    });
  }

  private entryFor(object: StagedObject, index: number): PlanEntry {
    const record = object.record;
    return {
      index,
      object,
      record,
      existing: this.input.registry.get(record.uuid),
      links: [],
      verdict: 'ABSENT',
      timestampAction: ImportAction.CREATE,
      selectedByDefault: false,
      selected: false,
      requested: false,
      failure: null,
      alive: false,
      written: false,
      neededBy: [],
      memberOf: [],
      includedBy: [],
      action: ImportAction.SKIP,
      policy: null,
      outcome: null,
      reasons: [],
    };
  }
}
