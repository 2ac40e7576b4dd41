import { endianness } from 'node:os';
import type { KindFieldsMap } from '../../domain/kindFields.js';
import type { ArchiveType, ArchiveTypes, VersionTypes } from './archiveTypes.js';
import type { IdentityParts } from './identityTable.js';
import { writes } from './planContext.js';
import { actionCode, Flag, LinkFlag, type PlanSkeleton, VERDICTS } from './planSkeleton.js';
import { ImportAction, type PlanOptions } from './types.js';

/*
 * Pass A reads every staged record and asks the registry about it: most of a plan's time at 100k objects. Under
 * the default selection little of what it leaves in the skeleton depends on the options, so it is gathered once
 * per staged import, registry revision and planner (who plans, where), kept (plans/planFacts.ts), and every
 * option set's pass A is derived from it in milliseconds:
 * - the timestamps' verdict (ABSENT, NEWER, IDENTICAL, OLDER): allowReplace only decides what OLDER becomes;
 * - the own checks' first failure of every object the timestamps could write with some option set (ABSENT,
 *   NEWER, and OLDER as a REPLACE): pass A runs with allowReplace, and the checks read the verdict, the
 *   registry and the actor, never the options (validationRule's archive copy of a type depends on the
 *   selection only when it is explicit, and facts are for the default selection only);
 * - every link, a user's group memberships too (pass A runs with importUserGroups): they are the only links
 *   that are not REQUIRED, and without importUserGroups they are left out;
 * - the flags of the users' groups rule (GROUP_CANDIDATE, USER_LISTED, LINKED: required links only) and the
 *   archive's lifecycle models.
 * test/planner/passAFacts.test.ts holds the promise: a plan from facts equals the plan from the records, digest
 * and all, for every option set.
 */

/** What pass A found about every staged object under the default selection, whatever the options. */
export interface PassAFacts {
  size: number;
  /** verdictCode by archive index. */
  verdict: Uint8Array;
  /** The FACT_FLAGS of each object. */
  flags: Uint8Array;
  /** The first own check's failure (action code) and its reason (reasonCodeNumber), or 0: as if written. */
  failure: Uint8Array;
  failureReason: Uint8Array;
  /** Every link (CSR, as PlanSkeleton.allLinks), with LinkFlag.REQUIRED and IN_REGISTRY only. */
  links: { starts: Int32Array; targets: Int32Array; bits: Uint8Array };
  archiveModels: [number, KindFieldsMap['LIFECYCLE_MODEL']][];
  /** Every staged object's identity, so that a plan from the facts need not read them again. */
  identities: IdentityParts;
  /** The archive's object types and its assets' version types (stagedObjectTypes, stagedVersionTypes). */
  archiveTypes: [string, ArchiveType][];
  versionTypes: [string, string][];
  /** The instant the future-timestamp check compared with: a plan derived from the facts keeps it. */
  now: number;
}

/** The skeleton flags that do not depend on the options. */
const FACT_FLAGS = Flag.GROUP_CANDIDATE | Flag.USER_LISTED | Flag.LINKED;

/** The options pass A gathers facts with: every would-be write checked, every link recorded. */
export function factOptions(options: PlanOptions): PlanOptions {
  return { ...options, allowReplace: true, importUserGroups: true };
}

/** The facts in a skeleton after pass A with factOptions and the default selection (which must not change after). */
export function factsOf(
  skeleton: PlanSkeleton,
  run: {
    archiveModels: ReadonlyMap<number, KindFieldsMap['LIFECYCLE_MODEL']>;
    archiveTypes: ArchiveTypes;
    versionTypes: VersionTypes;
    now: number;
  },
): PassAFacts {
  const { size } = skeleton;
  const flags = skeleton.flags.slice(0, size);
  for (let i = 0; i < size; i++) flags[i]! &= FACT_FLAGS;
  // Views, not copies: the skeleton pass A filled is not changed after it (a planner is derived into another one).
  return {
    size,
    verdict: skeleton.verdict.subarray(0, size),
    flags,
    failure: skeleton.failure.subarray(0, size),
    failureReason: skeleton.failureReason.subarray(0, size),
    links: skeleton.allLinks(),
    archiveModels: [...run.archiveModels],
    identities: skeleton.identityParts(),
    archiveTypes: [...run.archiveTypes],
    versionTypes: [...run.versionTypes],
    now: run.now,
  };
}

/** What the timestamps call for, as timestampRule decides it. */
function timestampAction(verdict: (typeof VERDICTS)[number], allowReplace: boolean): ImportAction {
  switch (verdict) {
    case 'ABSENT':
      return ImportAction.CREATE;
    case 'NEWER':
      return ImportAction.REPLACE;
    case 'IDENTICAL':
      return ImportAction.IGNORE;
    case 'OLDER':
      return allowReplace ? ImportAction.REPLACE : ImportAction.REJECT;
    default:
      throw new Error('facts without a timestamp verdict');
  }
}

/**
 * Puts into `skeleton` (the same objects, nothing planned yet) what pass A with `options` and the default
 * selection would have left there; the archive's lifecycle models are the caller's to take (facts.archiveModels).
 */
export function restoreFacts(facts: PassAFacts, skeleton: PlanSkeleton, options: PlanOptions): void {
  if (skeleton.size !== facts.size) throw new Error(`facts of ${facts.size} objects for a skeleton of ${skeleton.size}`);
  for (let i = 0; i < facts.size; i++) {
    const verdict = VERDICTS[facts.verdict[i]!]!;
    const action = timestampAction(verdict, options.allowReplace);
    skeleton.verdict[i] = facts.verdict[i]!;
    skeleton.timestampAction[i] = actionCode(action);
    const selected = verdict === 'ABSENT' || verdict === 'NEWER' || (verdict === 'OLDER' && options.allowReplace);
    skeleton.flags[i] = (facts.flags[i]! & FACT_FLAGS) | (selected ? Flag.SELECTED_BY_DEFAULT | Flag.SELECTED : 0);
    // Pass A runs the own checks only for what the timestamps write.
    if (writes(action)) {
      skeleton.failure[i] = facts.failure[i]!;
      skeleton.failureReason[i] = facts.failureReason[i]!;
    }
  }
  const { starts, targets, bits } = facts.links;
  if (options.importUserGroups) {
    skeleton.setAllLinks(starts, targets.slice(), bits.slice());
    return;
  }
  // Without importUserGroups a user's memberships are not links: keep the required ones, in order.
  const kept = new Int32Array(starts.length);
  let count = 0;
  for (let link = 0; link < bits.length; link++) if (bits[link]! & LinkFlag.REQUIRED) count++;
  const keptTargets = new Int32Array(count);
  const keptBits = new Uint8Array(count);
  let at = 0;
  for (let i = 0; i < facts.size; i++) {
    for (let link = starts[i]!; link < starts[i + 1]!; link++) {
      if (!(bits[link]! & LinkFlag.REQUIRED)) continue;
      keptTargets[at] = targets[link]!;
      keptBits[at++] = bits[link]!;
    }
    kept[i + 1] = at;
  }
  skeleton.setAllLinks(kept, keptTargets, keptBits);
}

/** The stored form's version: facts stored in another form are gathered again. */
const FORMAT = 3;

/** The stored form: a JSON header, then each array's bytes as a part of its own (arraysOf's order). */
export interface StoredFacts {
  header: Uint8Array;
  arrays: Uint8Array[];
}

interface FactsHeader {
  format: number;
  endianness: string;
  size: number;
  links: number;
  nameBytes: number;
  slots: number;
  spelled: IdentityParts['spelled'];
  archiveModels: PassAFacts['archiveModels'];
  archiveTypes: PassAFacts['archiveTypes'];
  versionTypes: PassAFacts['versionTypes'];
  now: number;
}

/**
 * The facts in their stored form: a header (sizes, lifecycle models, object and version types, UUIDs spelled
 * otherwise, instant) and the arrays' bytes as the machine holds them, as views (no copy). A part per array, so
 * that storing a million objects' facts (about 75 MB) never puts them in one buffer, and the driver and the
 * database copy one array at a time. Little-endian machines only agree on them: the header says which wrote it.
 */
export function encodeFacts(facts: PassAFacts): StoredFacts {
  const header: FactsHeader = {
    format: FORMAT,
    endianness: endianness(),
    size: facts.size,
    links: facts.links.targets.length,
    nameBytes: facts.identities.nameBytes.length,
    slots: facts.identities.slots.length,
    spelled: facts.identities.spelled,
    archiveModels: facts.archiveModels,
    archiveTypes: facts.archiveTypes,
    versionTypes: facts.versionTypes,
    now: facts.now,
  };
  return {
    header: Buffer.from(JSON.stringify(header)),
    arrays: arraysOf(facts).map((array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength)),
  };
}

/** The facts in their stored form (encodeFacts), or null when another format or machine wrote them. */
export function decodeFacts(stored: StoredFacts): PassAFacts | null {
  const header = JSON.parse(Buffer.from(stored.header).toString('utf8')) as FactsHeader;
  if (header.format !== FORMAT || header.endianness !== endianness()) return null;
  const { size, links } = header;
  // Views of the bytes read, not copies: the arrays are only read. A 4-byte array whose bytes a driver left at an
  // address that is not a multiple of 4 cannot be a view, and is copied.
  let part = 0;
  const next = (length: number): Uint8Array => {
    const bytes = stored.arrays[part++];
    if (!bytes || bytes.byteLength !== length) throw new FactsMismatch();
    return bytes;
  };
  const words = <T>(length: number, make: (buffer: ArrayBuffer, byteOffset: number, length: number) => T): T => {
    const bytes = next(length * 4);
    if (bytes.byteOffset % 4 === 0) return make(bytes.buffer as ArrayBuffer, bytes.byteOffset, length);
    return make(new Uint8Array(bytes).buffer, 0, length);
  };
  const int32s = (length: number) => words(length, (b, at, n) => new Int32Array(b, at, n));
  const uint32s = (length: number) => words(length, (b, at, n) => new Uint32Array(b, at, n));
  try {
    const facts: PassAFacts = {
      size,
      verdict: next(size),
      flags: next(size),
      failure: next(size),
      failureReason: next(size),
      links: { starts: int32s(size + 1), targets: int32s(links), bits: next(links) },
      archiveModels: header.archiveModels,
      identities: {
        count: size,
        words: uint32s(size * 4),
        slots: int32s(header.slots),
        kinds: next(size),
        nameBytes: next(header.nameBytes),
        nameEnds: uint32s(size),
        spelled: header.spelled,
      },
      archiveTypes: header.archiveTypes,
      versionTypes: header.versionTypes,
      now: header.now,
    };
    return part === stored.arrays.length ? facts : null;
  } catch (error) {
    if (error instanceof FactsMismatch) return null;
    throw error;
  }
}

/** A stored part of another length than its header announces. */
class FactsMismatch extends Error {}

/** The arrays of the stored form, in its order. */
function arraysOf(facts: PassAFacts): (Uint8Array | Int32Array | Uint32Array)[] {
  const { identities: id } = facts;
  return [
    facts.verdict, facts.flags, facts.failure, facts.failureReason, facts.links.starts, facts.links.targets, facts.links.bits,
    id.words, id.slots, id.kinds, id.nameBytes, id.nameEnds,
  ];
}
