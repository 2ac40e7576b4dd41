import { canonicalJson } from '../../archive/contentDigest.js';
import type { ArchiveRecord, NamedRef } from '../../archive/record.js';
import { ObjectKind } from '../../domain/objectKind.js';

/** One difference between the registry's copy of an object and what the archive has (or an import writes). */
export interface FieldChange {
  /** `name`, `description`, `attributes.<name>`, `references.<relation>`, `owner`, `fields.<key>`, … */
  path: string;
  /** The registry's value; for a list (references, members, groups): the items only the registry's copy has. */
  before: unknown;
  /** The archive's value; for a list: the items only the archive's copy has. */
  after: unknown;
  /** A value was longer than the bound and was cut. */
  cut: boolean;
}

export interface FieldChanges {
  /** The first `maxEntries` changes, in a fixed order (fields, attributes, references, kind fields). */
  entries: FieldChange[];
  /** How many changes there are in all. */
  totalCount: number;
  /** Whether entries were left off or a value was cut. */
  truncated: boolean;
}

export interface FieldChangeBounds {
  maxEntries: number;
  /** Characters of a value (of its JSON text, for values other than strings). */
  maxValueLength: number;
}

export const DEFAULT_CHANGE_BOUNDS: FieldChangeBounds = { maxEntries: 100, maxValueLength: 2048 };

/** What to compare: `content` only (what the content digest covers) or also what a write sets (owner, state). */
export interface FieldChangeScope {
  /** Attributes are compared only when the caller may read both copies' content. */
  attributes: boolean;
  /** Owner and lifecycle state: what a REPLACE writes, which the content digest leaves out. */
  ownership: boolean;
}

type Change = Omit<FieldChange, 'cut'>;

/**
 * The differences between the registry's copy (`before`) and the archive's (`after`), path by path, as a
 * `terraform plan` lists attribute changes. Pure: equal records give no entries. Bounded by `bounds`.
 */
export function fieldChanges(before: ArchiveRecord, after: ArchiveRecord, scope: FieldChangeScope, bounds = DEFAULT_CHANGE_BOUNDS): FieldChanges {
  const changes: Change[] = [];
  const compare = (path: string, a: unknown, b: unknown) => {
    if (canonicalJson(a ?? null) !== canonicalJson(b ?? null)) changes.push({ path, before: a ?? null, after: b ?? null });
  };
  compare('name', before.name, after.name);
  compare('description', before.description, after.description);
  compare('version', before.version, after.version);
  compare('previousVersion', before.previousVersion, after.previousVersion);
  compareRef(changes, 'organization', before.organization, after.organization);
  if (scope.ownership) {
    compareRef(changes, 'owner', before.owner, after.owner);
    compareRef(changes, 'lifecycleState', stateOf(before), stateOf(after));
  }
  if (scope.attributes) {
    for (const name of unionOfKeys(before.attributes, after.attributes)) compare(`attributes.${name}`, before.attributes[name], after.attributes[name]);
  }
  for (const [relation, removed, added] of referenceChanges(before, after)) changes.push({ path: `references.${relation}`, before: removed, after: added });
  kindFieldChanges(changes, before, after, compare);
  return bounded(changes, bounds);
}

function stateOf(record: ArchiveRecord): NamedRef | null {
  return record.lifecycle ? { uuid: record.lifecycle.state, name: record.lifecycle.stateName } : null;
}

/** A link compares by UUID; its name is shown, not compared (names are for display). */
function compareRef(changes: Change[], path: string, a: NamedRef | null, b: NamedRef | null): void {
  if ((a?.uuid ?? null) !== (b?.uuid ?? null)) changes.push({ path, before: a, after: b });
}

function unionOfKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])].sort();
}

/** Per relation name, sorted: the targets only the registry's copy has, and those only the archive's has. */
function referenceChanges(before: ArchiveRecord, after: ArchiveRecord): [string, string[], string[]][] {
  const targets = (record: ArchiveRecord) => {
    const byName = new Map<string, Set<string>>();
    for (const r of record.references) byName.set(r.name, (byName.get(r.name) ?? new Set()).add(r.target));
    return byName;
  };
  const a = targets(before);
  const b = targets(after);
  const out: [string, string[], string[]][] = [];
  for (const name of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const [removed, added] = setDifference(a.get(name), b.get(name));
    if (removed.length || added.length) out.push([name, removed, added]);
  }
  return out;
}

function setDifference(a: Iterable<string> = [], b: Iterable<string> = []): [string[], string[]] {
  const x = new Set(a);
  const y = new Set(b);
  return [[...x].filter((v) => !y.has(v)).sort(), [...y].filter((v) => !x.has(v)).sort()];
}

/** Lists of links (a package's members, a user's groups) as added and removed; other kind fields whole. */
const LIST_FIELDS: Partial<Record<ObjectKind, string>> = { [ObjectKind.PACKAGE]: 'members', [ObjectKind.USER]: 'groups' };

function kindFieldChanges(changes: Change[], before: ArchiveRecord, after: ArchiveRecord, compare: (p: string, a: unknown, b: unknown) => void): void {
  const a = (before.fields ?? {}) as unknown as Record<string, unknown>;
  const b = (after.fields ?? {}) as unknown as Record<string, unknown>;
  const list = before.kind === after.kind ? LIST_FIELDS[after.kind] : undefined;
  for (const key of unionOfKeys(a, b)) {
    if (key === list) {
      const [removed, added] = setDifference(a[key] as string[] | undefined, b[key] as string[] | undefined);
      if (removed.length || added.length) changes.push({ path: key, before: removed, after: added });
    } else {
      compare(`fields.${key}`, a[key], b[key]);
    }
  }
}

function bounded(changes: Change[], bounds: FieldChangeBounds): FieldChanges {
  let truncated = changes.length > bounds.maxEntries;
  const entries = changes.slice(0, bounds.maxEntries).map((c) => {
    const before = cutValue(c.before, bounds.maxValueLength);
    const after = cutValue(c.after, bounds.maxValueLength);
    const cut = before.cut || after.cut;
    truncated ||= cut;
    return { path: c.path, before: before.value, after: after.value, cut };
  });
  return { entries, totalCount: changes.length, truncated };
}

/** A value within the bound as it is; a longer one as the start of its text (a string's, or its JSON) and "…". */
function cutValue(value: unknown, max: number): { value: unknown; cut: boolean } {
  const text = typeof value === 'string' ? value : canonicalJson(value);
  if (text.length <= max) return { value, cut: false };
  return { value: `${text.slice(0, max)}…`, cut: true };
}
