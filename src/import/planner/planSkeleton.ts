import type { ObjectKind } from '../../domain/objectKind.js';
import { type IdentityParts, IdentityTable } from './identityTable.js';
import type { TimestampVerdict } from './planContext.js';
import { ImportAction } from './types.js';

/** Actions, in a fixed order: 0 means none yet. */
const ACTIONS = [null, ImportAction.CREATE, ImportAction.REPLACE, ImportAction.IGNORE, ImportAction.REJECT, ImportAction.SKIP] as const;
const ACTION_CODE = new Map<ImportAction, number>(ACTIONS.slice(1).map((action, i) => [action!, i + 1]));

export const actionCode = (action: ImportAction): number => ACTION_CODE.get(action)!;

/** Timestamp verdicts, in a fixed order: 0 means none yet. */
export const VERDICTS = [null, 'ABSENT', 'NEWER', 'IDENTICAL', 'OLDER'] as const satisfies readonly (TimestampVerdict | null)[];
export const verdictCode = (verdict: TimestampVerdict): number => VERDICTS.indexOf(verdict);
export const actionOf = (code: number): ImportAction => ACTIONS[code]!;

/** Bits of PlanSkeleton.flags. */
export const Flag = {
  SELECTED_BY_DEFAULT: 1,
  SELECTED: 2,
  REQUESTED: 4,
  ALIVE: 8,
  WRITTEN: 16,
  /** A user-defined GROUP that neither the export's choice nor the complete organization put in the archive. */
  GROUP_CANDIDATE: 32,
  /** A USER of the archive lists it among its groups. */
  USER_LISTED: 64,
  /** Another archive object needs it through a required link. */
  LINKED: 128,
} as const;

/** Bits of PlanSkeleton.linkFlags. */
export const LinkFlag = {
  REQUIRED: 1,
  IN_REGISTRY: 2,
  /** Pulled its target in during the closure (see closure.ts). */
  PULLED: 4,
} as const;

/** A growable typed array (Int32Array or Uint8Array). */
class GrowableArray<T extends Int32Array | Uint8Array> {
  values: T;
  length = 0;

  constructor(private readonly make: (size: number) => T) {
    this.values = make(1024);
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      // By half again, not double: a million objects' links are 3M+ entries, and the old array is garbage.
      const grown = this.make(Math.ceil(this.values.length * 1.5));
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

/**
 * What the planner knows of every staged object between its two passes over the records, by archive index (the
 * position in line order): identity, the timestamps' verdict, selection, the own checks' outcome, the links as a
 * CSR adjacency (target index, or -1 when the archive lacks the target), and what the closure and the cascade
 * decided. Typed arrays only: about 95 bytes an object with three links, where the records themselves are
 * kilobytes. The records are read page by page, twice, and never all held at once.
 *
 * Made empty for the announced number of objects; every object is added (`add`, archive order) before the
 * first page is planned.
 */
export class PlanSkeleton {
  private readonly identities: IdentityTable;
  /** What the timestamps found (verdictCode), whatever the options make of it. */
  readonly verdict: Uint8Array;
  readonly timestampAction: Uint8Array;
  readonly flags: Uint8Array;
  /** The action of the first own check that failed (an action code), or 0; only for objects the timestamps would write. */
  readonly failure: Uint8Array;
  /** The reason code of that failure (reasonCodeNumber), or 0. */
  readonly failureReason: Uint8Array;
  readonly action: Uint8Array;
  private readonly linkStarts: Int32Array;
  private readonly targets = new GrowableArray((size) => new Int32Array(size));
  private readonly linkBits = new GrowableArray((size) => new Uint8Array(size));
  private linked = 0;

  /** `identities`: those of another skeleton of the same objects, shared (they never change once added). */
  constructor(capacity: number, identities?: IdentityTable) {
    this.identities = identities ?? new IdentityTable(capacity);
    this.verdict = new Uint8Array(capacity);
    this.timestampAction = new Uint8Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.failure = new Uint8Array(capacity);
    this.failureReason = new Uint8Array(capacity);
    this.action = new Uint8Array(capacity);
    this.linkStarts = new Int32Array(capacity + 1);
  }

  /** A skeleton of these objects, in this order. */
  static of(identities: readonly { uuid: string; kind: ObjectKind; name: string }[]): PlanSkeleton {
    const skeleton = new PlanSkeleton(identities.length);
    for (const { uuid, kind, name } of identities) skeleton.add(uuid, kind, name);
    return skeleton;
  }

  /** A skeleton of these objects (identities kept with pass A facts), with nothing planned yet. */
  static ofIdentities(parts: IdentityParts): PlanSkeleton {
    return new PlanSkeleton(parts.count, IdentityTable.fromParts(parts));
  }

  /** The identities as arrays (IdentityTable.toParts). */
  identityParts(): IdentityParts {
    return this.identities.toParts();
  }

  /** A skeleton of the same objects with nothing planned yet: the identities are shared, not copied. */
  sameObjects(): PlanSkeleton {
    return new PlanSkeleton(this.identities.capacity, this.identities);
  }

  /** Adds the next staged object in archive order. */
  add(uuid: string, kind: ObjectKind, name: string): void {
    this.identities.add(uuid, kind, name);
  }

  get size(): number {
    return this.identities.size;
  }

  index(uuid: string): number | undefined {
    return this.identities.index(uuid);
  }

  uuid(i: number): string {
    return this.identities.uuid(i);
  }

  name(i: number): string {
    return this.identities.name(i);
  }

  kind(i: number): ObjectKind {
    return this.identities.kind(i);
  }

  has(i: number, flag: number): boolean {
    return (this.flags[i]! & flag) !== 0;
  }

  set(i: number, flag: number): void {
    this.flags[i]! |= flag;
  }

  clear(i: number, flag: number): void {
    this.flags[i]! &= ~flag;
  }

  /** Records the links of object `i`, which must be the next object in archive order. */
  addLinks(i: number, links: readonly { entry: { index: number } | undefined; required: boolean; inRegistry: boolean }[]): void {
    if (i !== this.linked) throw new Error(`links of object ${i} added out of order (expected ${this.linked})`);
    for (const link of links) {
      this.targets.push(link.entry?.index ?? -1);
      this.linkBits.push((link.required ? LinkFlag.REQUIRED : 0) | (link.inRegistry ? LinkFlag.IN_REGISTRY : 0));
    }
    this.linked = i + 1;
    this.linkStarts[this.linked] = this.targets.length;
  }

  /** Every link, as added: where each object's start (CSR), their targets and LinkFlag bits. */
  allLinks(): { starts: Int32Array; targets: Int32Array; bits: Uint8Array } {
    return {
      starts: this.linkStarts.subarray(0, this.size + 1),
      targets: this.targets.values.subarray(0, this.targets.length),
      bits: this.linkBits.values.subarray(0, this.linkBits.length),
    };
  }

  /** Every object's links at once (see allLinks), into a skeleton that has none yet. */
  setAllLinks(starts: Int32Array, targets: Int32Array<ArrayBuffer>, bits: Uint8Array<ArrayBuffer>): void {
    if (this.linked !== 0 || starts.length !== this.size + 1) throw new Error('links set into a skeleton that has some, or of other objects');
    this.linkStarts.set(starts);
    this.targets.values = targets;
    this.targets.length = targets.length;
    this.linkBits.values = bits;
    this.linkBits.length = bits.length;
    this.linked = this.size;
  }

  /** The links of object `i`: indexes into linkTarget / linkFlag. */
  linkRange(i: number): [number, number] {
    return [this.linkStarts[i]!, this.linkStarts[i + 1]!];
  }

  linkTarget(link: number): number {
    return this.targets.values[link]!;
  }

  linkHas(link: number, flag: number): boolean {
    return (this.linkBits.values[link]! & flag) !== 0;
  }

  markLink(link: number, flag: number): void {
    this.linkBits.values[link]! |= flag;
  }

  /** The source object of every link, by link index (built on first use, after all links are in). */
  linkSources(): Int32Array {
    const sources = new Int32Array(this.targets.length);
    for (let i = 0; i < this.size; i++) sources.fill(i, this.linkStarts[i]!, this.linkStarts[i + 1]!);
    return sources;
  }
}
