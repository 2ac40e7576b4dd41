import { describe, expect, it } from 'vitest';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { archiveTypesOf, versionTypesOf } from '../../src/import/planner/archiveTypes.js';
import { planImport, Planner } from '../../src/import/planner/planImport.js';
import { PlanSkeleton } from '../../src/import/planner/planSkeleton.js';
import type { PlanInput } from '../../src/import/planner/types.js';
import { completingDecisions, type PreviewPlan } from '../../src/import/plans/previewPlans.js';
import { linkedArchive } from '../planner/linkedArchive.js';
import { planInput } from '../planner/planHarness.js';

/** The plan of the linked archive with these options, resolved, and the decisions of its first `aside` objects planned aside. */
function halfPlanned(options: PlanInput['options'] | Record<string, boolean>, aside: number) {
  const { objects, registry } = linkedArchive();
  const input = planInput(objects, { registry, options });
  const records = input.objects.map(({ record }) => record);
  const planner = new Planner(PlanSkeleton.of(records), { ...input, archiveTypes: archiveTypesOf(records), versionTypes: versionTypesOf(records) });
  planner.passA(input.objects, input.registry, input.actor);
  planner.resolve();
  const first = planner.aside().passB(input.objects.slice(0, aside), input.registry, input.actor);
  return { planner, first, whole: planImport(input) };
}

const NO_DATABASE = {} as SqlEntityManager;
/** The whole plan of a preview that never completes: a page that waited for it would never answer. */
const NEVER = (): Promise<PreviewPlan> => new Promise(() => undefined);

describe('the first page of a plan being completed', () => {
  it('answers the first page, a filter by action, the counts and totals without waiting for the whole plan', async () => {
    const { planner, first, whole } = halfPlanned({ allowReplace: true, importUserGroups: true }, 8);
    const preview = completingDecisions(NO_DATABASE, 'staged', planner.skeleton, first, NEVER);
    expect(await preview.page({}, 5, null)).toEqual({ decisions: whole.decisions.slice(0, 5), hasNextPage: true });
    const creates = whole.decisions.filter((d) => d.action === 'CREATE');
    expect(await preview.page({ actions: ['CREATE'] }, 2, null)).toEqual({ decisions: creates.slice(0, 2), hasNextPage: creates.length > 2 });
    expect(preview.counts).toEqual(whole.counts);
    expect(await preview.count({})).toBe(whole.decisions.length);
    expect(await preview.count({ kinds: ['ASSET'], actions: ['CREATE'] })).toBe(creates.filter((d) => d.kind === 'ASSET').length);
  });

  it('answers a later page, a reason filter and a page beyond the decisions planned aside from the whole plan', async () => {
    const { planner, first } = halfPlanned({}, 3);
    const asked: string[] = [];
    const stored = {
      page: async (_filter: unknown, _first: number, after: string | null) => {
        asked.push(after ?? 'first');
        return { decisions: [], hasNextPage: false };
      },
      count: async () => -1,
    } as unknown as PreviewPlan;
    const preview = completingDecisions(NO_DATABASE, 'staged', planner.skeleton, first, async () => stored);
    await preview.page({}, 5, 'cursor');
    await preview.page({ reasons: ['NEW_OBJECT'] }, 5, null);
    await preview.page({}, 5, null); // five decisions asked for, three planned aside
    expect(asked).toEqual(['cursor', 'first', 'first']);
    expect(await preview.count({ reasons: ['NEW_OBJECT'] })).toBe(-1);
  });
});
