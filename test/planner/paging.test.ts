import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { archiveTypesOf, versionTypesOf } from '../../src/import/planner/archiveTypes.js';
import { planImport, Planner } from '../../src/import/planner/planImport.js';
import { planImportInSteps, planStepFor, PLAN_STEP_OBJECTS } from '../../src/import/planner/planInSteps.js';
import { PlanSkeleton } from '../../src/import/planner/planSkeleton.js';
import type { Plan, PlanInput, StagedObject } from '../../src/import/planner/types.js';
import { records } from '../fixtures/records.js';
import { linkedArchive, pageView } from './linkedArchive.js';
import { planInput } from './planHarness.js';

/** The same plan, handed the objects `size` at a time: each page sees only what its own objects mention. */
function planInPages(input: PlanInput, size: number): Plan {
  const records = input.objects.map(({ record }) => record);
  // As stagedObjectTypes and stagedVersionTypes read them.
  const planner = new Planner(PlanSkeleton.of(records), { ...input, archiveTypes: archiveTypesOf(records), versionTypes: versionTypesOf(records) });
  const pages: StagedObject[][] = [];
  for (let i = 0; i < input.objects.length; i += size) pages.push(input.objects.slice(i, i + size));
  for (const page of pages) planner.passA(page, pageView(input.registry, page), input.actor);
  planner.resolve();
  const decisions = pages.flatMap((page) => planner.passB(page, pageView(input.registry, page), input.actor));
  return { decisions, ...planner.finish() };
}

describe('planning in pages', () => {
  const options = [
    {},
    { keepCurrentOwner: true, importUserGroups: true, keepLifecycleState: true },
    { allowReplace: true, importUserGroups: true },
  ];

  for (const option of options) {
    it(`decides as planning all at once, whatever the page size (${JSON.stringify(option)})`, () => {
      const { objects, registry: reg } = linkedArchive();
      const input = planInput(objects, { registry: reg, options: option });
      const whole = planImport(input);
      for (const size of [1, 2, 3, 5, 8]) {
        const paged = planInPages(input, size);
        expect(paged.decisions).toEqual(whole.decisions);
        expect({ digest: paged.digest, blocking: paged.blocking, counts: paged.counts }).toEqual({
          digest: whole.digest,
          blocking: whole.blocking,
          counts: whole.counts,
        });
      }
      expect(new Set(whole.decisions.map((d) => d.action)).size).toBeGreaterThan(2);
    });
  }

  for (const option of options) {
    it(`planned in steps with the event loop turning between them, decides as planning all at once (${JSON.stringify(option)})`, async () => {
      const { objects, registry: reg } = linkedArchive();
      const input = planInput(objects, { registry: reg, options: option });
      const whole = planImport(input);
      for (const step of [1, 3, 1000]) expect(await planImportInSteps(input, step)).toEqual(whole);
    });
  }

  it('resolves the closure between the passes in steps of any size to the plan made at once', async () => {
    const { objects, registry: reg } = linkedArchive();
    const input = planInput(objects, { registry: reg, options: { importUserGroups: true } });
    const whole = planImport(input);
    for (const units of [1, 2, 7]) expect(await planImportInSteps(input, 1000, units)).toEqual(whole);
  });

  it('takes fewer objects a step the heavier the enabled policies, and a full step when none runs', () => {
    const policy = (condition: unknown, enabled = true) =>
      ({ uuid: randomUUID(), name: 'p', fields: { events: ['PRE_CREATE'], objectTypes: [], actions: [], priority: 0, enabled, condition } }) as never;
    const heavy = { in: [{ var: 'attributes.tier' }, Array.from({ length: 400 }, (_, i) => `t${i}`)] };
    expect(planStepFor([], null)).toBe(PLAN_STEP_OBJECTS);
    expect(planStepFor([policy(heavy, false)], null)).toBe(PLAN_STEP_OBJECTS);
    const one = planStepFor([policy(heavy)], null);
    const ten = planStepFor(Array.from({ length: 10 }, () => policy(heavy)), null);
    expect(one).toBeLessThan(PLAN_STEP_OBJECTS);
    expect(ten).toBeLessThan(one);
    expect(ten).toBeGreaterThanOrEqual(10);
    expect(planStepFor([policy(heavy)], randomUUID())).toBe(PLAN_STEP_OBJECTS); // a complete organization: no policy runs
  });

  it('blocks an owner that exists nowhere once, with its objects from every page', () => {
    const lost = { uuid: randomUUID(), name: 'gone' };
    const type = records.objectType();
    const assets = [1, 2, 3, 4].map((i) => records.asset(type.uuid, { name: `a${i}`, owner: lost }));
    const input = planInput([type, ...assets], { options: { keepCurrentOwner: true } });
    const paged = planInPages(input, 2);
    expect(paged.blocking.map((b) => [b.code, b.uuids.length])).toEqual([['OWNER_NOT_FOUND', 5]]);
    expect(paged.digest).toBe(planImport(input).digest);
  });
});
