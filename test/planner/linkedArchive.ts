import { randomUUID } from 'node:crypto';
import type { ArchiveRecord } from '../../src/archive/record.js';
import type { RegistryView, StagedObject } from '../../src/import/planner/types.js';
import { mentionedUuids } from '../../src/import/planning/registryView.js';
import { at, oneOfEveryKind, records } from '../fixtures/records.js';
import { existing, type InMemoryRegistry, registry } from './planHarness.js';

/** The registry as a page's view sees it (loadPlanningView): only the objects the page mentions. */
export function pageView(registry: RegistryView, page: readonly StagedObject[]): RegistryView {
  const mentioned = new Set(mentionedUuids(page));
  return {
    address: registry.address,
    get: (uuid) => (mentioned.has(uuid) ? registry.get(uuid) : undefined),
    // The page's kinds and names only, as loadPlanningView loads them.
    namesakes: (kind, name) => (page.some((o) => o.record.kind === kind && o.record.name === name) ? registry.namesakes(kind, name) : []),
    lifecycleModel: (uuid) => registry.lifecycleModel(uuid),
    governingModel: (type) => registry.governingModel(type),
    policies: () => registry.policies(),
  };
}

/**
 * Every kind of link across page boundaries: a chain whose far end is missing (a cascade three deep), a cycle,
 * an owner and a group imported with their user, a lifecycle model written by the same archive, a replaced and
 * an ignored object, an older one (replaced with allowReplace) and an older one nobody may edit, a policy of the
 * registry that sets an attribute.
 */
export function linkedArchive(): { objects: ArchiveRecord[]; registry: InMemoryRegistry } {
  const kinds = oneOfEveryKind();
  const [org, group, user, type] = kinds;
  const orgRef = { uuid: org!.uuid, name: org!.name };
  const owner = { uuid: user!.uuid, name: user!.name };
  const asset = (name: string, targets: string[]) =>
    records.asset(type!.uuid, { organization: orgRef, owner, name, references: targets.map((target, i) => ({ name: `r${i}`, target })) });
  const c = asset('c', [randomUUID()]);
  const b = asset('b', [c.uuid]);
  const a = asset('a', [b.uuid]);
  const x = asset('x', []);
  const y = asset('y', [x.uuid]);
  x.references.push({ name: 'back', target: y.uuid });
  const newer = asset('newer', [x.uuid]);
  const same = asset('same', []);
  const older = asset('older', [x.uuid]);
  const locked = asset('locked', []);
  const user2 = records.user({ organization: orgRef, fields: { groups: [group!.uuid], email: null, roles: [] } });
  const registered = registry(
    existing({ ...newer, timestamp: at(-10) }),
    existing(same),
    existing({ ...older, timestamp: at(10) }),
    existing({ ...locked, timestamp: at(10) }, { editable: false }),
    records.policy({
      fields: { objectTypes: [type!.uuid], events: ['PRE_CREATE'], actions: [{ type: 'SET_ATTRIBUTE', attribute: 'tier', value: 'gold' }] },
    } as never),
  );
  return { objects: [a, b, c, ...kinds, x, y, newer, same, older, locked, user2], registry: registered };
}

