import { expect } from 'vitest';
import { contentDigest } from '../../src/archive/contentDigest.js';
import type { ArchiveRecord } from '../../src/archive/record.js';
import type { KindFieldsMap } from '../../src/domain/kindFields.js';
import { ObjectKind, Role } from '../../src/domain/objectKind.js';
import { HOME_ORGANIZATION } from '../fixtures/records.js';
import { planImport } from '../../src/import/planner/planImport.js';
import { governingModel } from '../../src/registry/registryLookups.js';
import {
  type Actor,
  DEFAULT_PLAN_OPTIONS,
  type Decision,
  type ExistingObject,
  type ImportAction,
  type LifecycleModelView,
  type Plan,
  type PlanInput,
  type PlanOptions,
  type PolicyView,
  type RegistryView,
  type Reason,
  type StagedObject,
  type WriteOutcome,
} from '../../src/import/planner/types.js';

/** Planner tests in about five lines: an in-memory registry and actor, and assertions over the plan. */

export const REGISTRY_ADDRESS = 'https://registry.test/graphql';

type Key = string | ArchiveRecord;
const uuidOf = (key: Key): string => (typeof key === 'string' ? key : key.uuid);

/** The registry's view of a record, as if it had been imported before; overrides change what differs. */
export function existing(record: ArchiveRecord, overrides: Partial<ExistingObject> = {}): ExistingObject {
  return {
    uuid: record.uuid,
    kind: record.kind,
    name: record.name,
    timestamp: record.timestamp,
    contentDigest: contentDigest(record),
    ownerUuid: record.owner?.uuid ?? null,
    organizationUuid: record.organization?.uuid ?? null,
    editable: true,
    ...(record.kind === ObjectKind.GROUP
      ? { system: (record.fields as KindFieldsMap['GROUP']).system, roles: (record.fields as KindFieldsMap['GROUP']).roles }
      : {}),
    ...(record.kind === ObjectKind.USER
      ? { roles: (record.fields as KindFieldsMap['USER']).roles, groups: (record.fields as KindFieldsMap['USER']).groups }
      : {}),
    ...(record.kind === ObjectKind.ASSET ? { objectType: (record.fields as KindFieldsMap['ASSET']).objectType } : {}),
    ...overrides,
  };
}

/** A registry that holds HOME_ORGANIZATION, which records belong to by default, and what `with` adds. */
export class InMemoryRegistry implements RegistryView {
  address = REGISTRY_ADDRESS;
  private readonly objects = new Map<string, ExistingObject>([[HOME_ORGANIZATION.uuid, existing(HOME_ORGANIZATION)]]);
  private readonly models = new Map<string, LifecycleModelView>();
  private readonly policyViews: PolicyView[] = [];

  /** Records (their lifecycle models and policies included) or hand-made existing objects. */
  with(...items: (ArchiveRecord | ExistingObject)[]): this {
    for (const item of items) {
      if (!('fields' in item)) {
        this.objects.set(item.uuid, item);
        continue;
      }
      this.objects.set(item.uuid, existing(item));
      if (item.kind === ObjectKind.LIFECYCLE_MODEL) this.models.set(item.uuid, modelView(item));
      if (item.kind === ObjectKind.POLICY) {
        this.policyViews.push({ uuid: item.uuid, name: item.name, fields: item.fields as KindFieldsMap['POLICY'] });
      }
    }
    return this;
  }

  at(address: string): this {
    this.address = address;
    return this;
  }

  get(uuid: string): ExistingObject | undefined {
    return this.objects.get(uuid);
  }

  namesakes(kind: ObjectKind, name: string): ExistingObject[] {
    return [...this.objects.values()].filter((o) => o.kind === kind && o.name === name);
  }

  lifecycleModel(uuid: string): LifecycleModelView | undefined {
    return this.models.get(uuid);
  }

  /** The production rule (registryLookups.governingModel) over the models the registry holds. */
  governingModel(objectType: string): LifecycleModelView | undefined {
    const models = [...this.models.values()].map((view) => ({ view, fields: view }));
    return governingModel(models, objectType)?.view;
  }

  policies(): PolicyView[] {
    return this.policyViews.filter((p) => p.fields.enabled).sort((a, b) => a.fields.priority - b.fields.priority);
  }
}

export const registry = (...items: (ArchiveRecord | ExistingObject)[]) => new InMemoryRegistry().with(...items);

export function modelView(record: ArchiveRecord): LifecycleModelView {
  const f = record.fields as KindFieldsMap['LIFECYCLE_MODEL'];
  return {
    uuid: record.uuid,
    status: f.status,
    states: f.states.map((s) => ({ uuid: s.uuid, name: s.name })),
    initialState: f.initialState,
    objectTypes: f.objectTypes,
  };
}

export interface ActorSpec {
  uuid?: string;
  name?: string;
  roles?: Role[];
  canCreate?: boolean | ((typeKey: string, organization: string | null) => boolean);
  canEdit?: boolean | ((uuid: string) => boolean);
  /** Defaults to true: the importer sees every registry object. */
  canView?: boolean | ((uuid: string) => boolean);
}

export const IMPORTER_UUID = '00000000-0000-4000-8000-00000000a11c';

/** Defaults to a registry administrator who may create and edit everything. */
export function actor(spec: ActorSpec = {}): Actor {
  const roles = spec.roles ?? [Role.REGISTRY_ADMINISTRATOR];
  const canCreate = spec.canCreate ?? true;
  const canEdit = spec.canEdit ?? true;
  const canView = spec.canView ?? true;
  return {
    uuid: spec.uuid ?? IMPORTER_UUID,
    name: spec.name ?? 'importer',
    hasRole: (role) => roles.includes(role),
    canCreate: (typeKey, organization) => (typeof canCreate === 'function' ? canCreate(typeKey, organization) : canCreate),
    canEdit: (uuid) => (typeof canEdit === 'function' ? canEdit(uuid) : canEdit),
    canView: (uuid) => (typeof canView === 'function' ? canView(uuid) : canView),
  };
}

export function staged(records: readonly ArchiveRecord[]): StagedObject[] {
  return records.map((record, i) => ({ line: i + 1, record, contentDigest: contentDigest(record) }));
}

export interface PlanSpec {
  registry?: InMemoryRegistry;
  actor?: Actor;
  options?: Partial<PlanOptions>;
  selection?: Key[] | null;
  completeOrganization?: string | null;
  /** The objects the export was asked for (manifest options.objects). */
  exportedObjects?: Key[] | null;
}

export function planInput(records: readonly ArchiveRecord[], spec: PlanSpec = {}): PlanInput {
  return {
    objects: staged(records),
    completeOrganization: spec.completeOrganization ?? null,
    protection: { viewContent: true, rePackageable: true, editable: true },
    registry: spec.registry ?? registry(),
    actor: spec.actor ?? actor(),
    options: { ...DEFAULT_PLAN_OPTIONS, ...spec.options },
    selection: spec.selection ? spec.selection.map(uuidOf) : null,
    exportedObjects: spec.exportedObjects ? spec.exportedObjects.map(uuidOf) : null,
  };
}

export function expectPlan(records: readonly ArchiveRecord[], spec: PlanSpec = {}): PlanExpectation {
  return new PlanExpectation(planImport(planInput(records, spec)));
}

export class PlanExpectation {
  constructor(readonly plan: Plan) {}

  decision(key: Key): Decision {
    const found = this.plan.decisions.find((d) => d.uuid === uuidOf(key));
    if (!found) throw new Error(`no decision for ${uuidOf(key)}`);
    return found;
  }

  /** Asserts the actions of the objects named (by record or UUID), leaving the others free. */
  toDecide(expected: Record<string, ImportAction | `${ImportAction}`>): this {
    const actual = Object.fromEntries(Object.keys(expected).map((uuid) => [uuid, this.decision(uuid).action]));
    expect(actual).toEqual(expected);
    return this;
  }

  /** The same, positionally: `.toDecideAll([a, 'CREATE'], [b, 'SKIP'])`. */
  toDecideAll(...pairs: [Key, `${ImportAction}`][]): this {
    return this.toDecide(Object.fromEntries(pairs.map(([key, action]) => [uuidOf(key), action])));
  }

  reasonsOf(key: Key): string[] {
    return this.decision(key).reasons.map((r) => r.code);
  }

  reason(key: Key, code: string): Reason {
    const found = this.decision(key).reasons.find((r) => r.code === code);
    if (!found) throw new Error(`${uuidOf(key)} has no ${code}; it has ${this.reasonsOf(key).join(', ')}`);
    return found;
  }

  /** Asserts the object's whole list of reason codes, in the plan's order: a reason added or lost fails a test. */
  toHaveReasons(key: Key, ...codes: string[]): this {
    expect(this.reasonsOf(key)).toEqual(codes);
    return this;
  }

  toLackReasons(key: Key, ...codes: string[]): this {
    for (const code of codes) expect(this.reasonsOf(key)).not.toContain(code);
    return this;
  }

  outcomeOf(key: Key): WriteOutcome {
    const outcome = this.decision(key).outcome;
    if (!outcome) throw new Error(`${uuidOf(key)} is not written (${this.decision(key).action})`);
    return outcome;
  }

  blockingCodes(): string[] {
    return this.plan.blocking.map((r) => r.code);
  }
}

/** Adds explicit references from one record to others (named `uses` unless told); returns `from`. */
export function refer<R extends ArchiveRecord>(from: R, ...to: Key[]): R {
  for (const target of to) from.references.push({ name: 'uses', target: uuidOf(target) });
  return from;
}

