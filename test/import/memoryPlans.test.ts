import { describe, expect, it } from 'vitest';
import type { AccessControl } from '../../src/auth/accessControl.js';
import { Role } from '../../src/domain/objectKind.js';
import { ImportActor } from '../../src/import/planning/importActor.js';
import { type MemoryPlan, MemoryPlans } from '../../src/import/plans/memoryPlans.js';
import type { Decision, Plan } from '../../src/import/planner/types.js';

function entry(key: string, stagedImportId: string, size: number): MemoryPlan {
  const plan = { decisions: Array.from({ length: size }, () => ({}) as Decision), blocking: [], counts: {}, digest: key } as unknown as Plan;
  return { planKey: key, stagedImportId, revision: 'r', objects: [], readableTypes: new Set(), plan };
}

describe('memory plans', () => {
  it('evicts the least recently used plans once the object budget is exceeded', () => {
    const plans = new MemoryPlans(100, 10);
    plans.set(entry('a', 's1', 40));
    plans.set(entry('b', 's2', 40));
    plans.get('a'); // a is now the most recently used
    plans.set(entry('c', 's3', 40));
    expect(plans.get('b')).toBeUndefined();
    expect(plans.get('a')?.planKey).toBe('a');
    expect(plans.get('c')?.planKey).toBe('c');
  });

  it('keeps a plan larger than the whole budget alone, and at most maxEntries plans', () => {
    const plans = new MemoryPlans(100, 2);
    plans.set(entry('small', 's', 1));
    plans.set(entry('huge', 'h', 101));
    expect([plans.get('small')?.planKey, plans.get('huge')?.planKey]).toEqual([undefined, 'huge']);
    for (const key of ['x', 'y', 'z']) plans.set(entry(key, key, 1));
    expect(['x', 'y', 'z'].map((k) => plans.get(k)?.planKey)).toEqual([undefined, 'y', 'z']);
  });

  it('forgets every plan of a staged import, and shares its staged objects while it has one', () => {
    const plans = new MemoryPlans(100, 10);
    const first = entry('one', 's', 1);
    plans.set(first);
    plans.set(entry('two', 's', 1));
    expect(plans.objectsOf('s')?.objects).toBe(first.objects);
    plans.forget('s');
    expect([plans.get('one'), plans.get('two'), plans.objectsOf('s')]).toEqual([undefined, undefined, undefined]);
  });
});

describe('the import actor', () => {
  const access = (edit: boolean, admin = false) =>
    ({
      principal: { uuid: 'u', name: 'user' },
      hasRole: (role: Role) => admin || role === Role.TYPE_ADMINISTRATOR,
      canCreate: (kind: string, typeKey: string) => kind === 'ASSET' && typeKey.length === 36,
      canEdit: () => edit,
    }) as unknown as AccessControl;

  it('derives the kind from the type key: a UUID means an asset, anything else is a kind name', () => {
    const actor = new ImportActor(access(true), new Map());
    expect(actor.canCreate('5e0c4a2a-1f1b-4b7e-9c1e-2a4f7d9b0c11', null)).toBe(true);
    expect(actor.canCreate('PACKAGE', null)).toBe(false);
  });

  it('can edit only objects the registry holds', () => {
    const guards = new Map([['here', { uuid: 'here', kind: 'ASSET', ownerUuid: null, organizationUuid: null }]]);
    const actor = new ImportActor(access(true), guards);
    expect([actor.canEdit('here'), actor.canEdit('elsewhere')]).toEqual([true, false]);
  });

  it("answers VIEW from the caller's rights, for objects the registry holds only", () => {
    const guards = new Map([['o', { uuid: 'o', kind: 'ASSET', ownerUuid: null, organizationUuid: null }]]);
    const viewing = (view: boolean) => ({ ...access(false), isAdministrator: false, canView: () => view }) as unknown as AccessControl;
    expect([new ImportActor(viewing(true), guards).canView('o'), new ImportActor(viewing(true), guards).canView('elsewhere')]).toEqual([true, false]);
    expect(new ImportActor(viewing(false), guards).canView('o')).toBe(false);
  });
});
