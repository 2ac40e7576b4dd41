import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AccessControl, GuardedObject } from '../../auth/accessControl.js';
import type { ArchiveRecord } from '../../archive/record.js';
import { governingModel, type LifecycleModelDefinition, loadLifecycleModels, loadPolicies } from '../../registry/registryLookups.js';
import { rawQuery } from '../../db/rawQuery.js';
import { loadExistingObjects } from './existingObjects.js';
import { ImportActor } from './importActor.js';
import { linksOf } from '../planner/links.js';
import { nextTurn, PLAN_STEP_OBJECTS } from '../planner/planInSteps.js';
import type { ExistingObject, LifecycleModelView, PolicyView, RegistryView, StagedObject } from '../planner/types.js';

/** The planner's view of the registry for one staged import, with the importing user. */
export interface PlanningView {
  registry: RegistryView;
  actor: ImportActor;
}

/**
 * Builds the planner's RegistryView and Actor for staged objects (all of an import's, or a page of them):
 * preloads every registry object any record mentions (itself, references, owner, organization, kind-field links,
 * group memberships, previous version, lifecycle model) and every lifecycle model's object in chunked batches,
 * plus all lifecycle models and the enabled policies (few, read whole).
 * Call `access.ready()` first. Reads through `em`, so inside a transaction it sees the transaction's state.
 */
export async function loadPlanningView(
  em: SqlEntityManager,
  access: AccessControl,
  objects: readonly StagedObject[],
  address: string,
  rules?: RegistryRules,
): Promise<PlanningView> {
  const { models, policies } = rules ?? (await loadRegistryRules(em));
  // The models too: a lifecycle reason names the model that governs a type, which no record need mention. And
  // the registry's objects of a staged kind and name under any UUID, loaded whole (the importer's view of them
  // decides whether they are named).
  const namesakes = await loadNamesakes(em, objects);
  const uuids = [...new Set([...(await mentionedInSteps(objects)), ...models.map((m) => m.uuid), ...[...namesakes.values()].flat()])];
  const loaded = await loadExistingObjects(em, uuids);
  const existing = new Map<string, ExistingObject>();
  const guards = new Map<string, GuardedObject>();
  for (const [uuid, { existing: e, guard }] of loaded) {
    existing.set(uuid, e);
    guards.set(uuid, guard);
  }
  const byUuid = new Map(models.map((m) => [m.uuid, m]));
  const registry: RegistryView = {
    address,
    get: (uuid) => existing.get(uuid),
    namesakes: (kind, name) =>
      (namesakes.get(nameKey(kind, name)) ?? []).flatMap((uuid) => {
        const found = existing.get(uuid);
        return found ? [found] : [];
      }),
    lifecycleModel: (uuid) => byUuid.get(uuid),
    governingModel: (objectType) => governingModel(models, objectType),
    policies: () => policies,
  };
  return { registry, actor: new ImportActor(access, guards) };
}

const nameKey = (kind: string, name: string) => `${kind}\u0000${name}`;

/** Names per statement (one statement per kind and chunk, through the (kind, name) index). */
const NAME_CHUNK = 500;

/** The UUIDs of registry objects with a staged object's kind and name, by kind and name, sorted. */
async function loadNamesakes(em: SqlEntityManager, objects: readonly StagedObject[]): Promise<Map<string, string[]>> {
  const namesByKind = new Map<string, Set<string>>();
  for (const { record } of objects) {
    const names = namesByKind.get(record.kind) ?? new Set<string>();
    names.add(record.name);
    namesByKind.set(record.kind, names);
  }
  const found = new Map<string, string[]>();
  for (const [kind, names] of [...namesByKind].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const list = [...names].sort();
    for (let i = 0; i < list.length; i += NAME_CHUNK) {
      const chunk = list.slice(i, i + NAME_CHUNK);
      const rows = await rawQuery<{ uuid: string; name: string }>(
        em,
        em.getKnex().select('uuid', 'name').from('registry_object').where('kind', kind).whereIn('name', chunk).orderBy('uuid'),
      );
      for (const row of rows) {
        const key = nameKey(kind, row.name);
        found.set(key, [...(found.get(key) ?? []), row.uuid]);
      }
    }
  }
  return found;
}

type ModelView = LifecycleModelView & { fields: LifecycleModelDefinition['fields'] };

/** What applies to every object alike: all lifecycle models and the enabled policies (few, read whole). */
export interface RegistryRules {
  models: ModelView[];
  policies: PolicyView[];
}

/**
 * The registry's rules, for views of many pages of one plan: read once per pass rather than once per page (two
 * ORM queries each, a tenth of a page's view). Within a transaction they cannot change; outside one, a plan is
 * labelled with the revision read before anything else, so a change meanwhile makes it stale either way.
 */
export async function loadRegistryRules(em: SqlEntityManager): Promise<RegistryRules> {
  return { models: await loadModelViews(em), policies: await loadPolicies(em) };
}

/** Every lifecycle model as the planner sees it, keeping its fields for governingModel. */
async function loadModelViews(em: SqlEntityManager): Promise<ModelView[]> {
  return (await loadLifecycleModels(em)).map((m) => ({
    uuid: m.uuid,
    status: m.fields.status,
    states: m.fields.states.map((s) => ({ uuid: s.uuid, name: s.name })),
    initialState: m.fields.initialState,
    objectTypes: m.fields.objectTypes,
    fields: m.fields,
  }));
}

/** Every UUID the records link to in any way, each once, in a deterministic order (first mention). */
export function mentionedUuids(objects: readonly StagedObject[]): string[] {
  return [...addMentioned(new Set<string>(), objects)];
}

/** mentionedUuids, a step of objects at a time: a view of a whole in-memory plan reads 25k records. */
async function mentionedInSteps(objects: readonly StagedObject[]): Promise<Set<string>> {
  const seen = new Set<string>();
  for (let i = 0; i < objects.length; i += PLAN_STEP_OBJECTS) {
    if (i > 0) await nextTurn();
    addMentioned(seen, objects.slice(i, i + PLAN_STEP_OBJECTS));
  }
  return seen;
}

function addMentioned(seen: Set<string>, objects: readonly StagedObject[]): Set<string> {
  const add = (uuid: string | null | undefined) => {
    if (uuid) seen.add(uuid);
  };
  for (const { record } of objects) {
    add(record.uuid);
    add(record.owner?.uuid);
    add(record.organization?.uuid);
    add(record.previousVersion);
    add(record.lifecycle?.model);
    // Group memberships always: the user-groups rule asks whether each group exists, option or not.
    for (const link of linksOf(record as ArchiveRecord, { importUserGroups: true })) add(link.target);
  }
  return seen;
}
