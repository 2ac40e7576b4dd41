import { describe, expect, it } from 'vitest';
import type { ArchiveRecord } from '../../src/archive/record.js';
import { ObjectKind } from '../../src/domain/objectKind.js';
import { planImport } from '../../src/import/planner/planImport.js';
import { at, HOME_ORGANIZATION, records } from '../fixtures/records.js';
import { planInput, registry } from './planHarness.js';

/**
 * Deep enough that a planner walking references recursively would overflow the stack (a chain of 20k through
 * i-1). Time and memory at 100k objects and 300k references are the bench's (npm run bench: import).
 */
const N = 20_000;

/** Asset i references i-1, i-7 and i/2 (long chains, shared targets), plus a back reference closing cycles. */
function archive(): ArchiveRecord[] {
  const type = records.objectType();
  const uuid = (i: number) => `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
  const objects: ArchiveRecord[] = [];
  for (let i = 0; i < N; i++) {
    const targets = [i - 1, i - 7, i >> 1].map((t) => (t >= 0 && t !== i ? uuid(t) : type.uuid));
    if (i % 1000 === 999) targets[2] = uuid(i + 1 < N ? i + 1 : 0); // a cycle every thousand objects
    if (i === N / 2) targets[0] = 'missing-uuid'; // cascades to everything that needs it
    objects.push({
      uuid: uuid(i),
      kind: ObjectKind.ASSET,
      name: `asset-${i}`,
      description: null,
      createdAt: at(0),
      timestamp: at(1),
      owner: null,
      organization: { uuid: HOME_ORGANIZATION.uuid, name: HOME_ORGANIZATION.name },
      version: null,
      previousVersion: null,
      lifecycle: null,
      attributes: {},
      references: targets.map((target, r) => ({ name: `r${r}`, target })),
      fields: { objectType: type.uuid },
    });
  }
  return [type, ...objects];
}

describe('planner at scale', () => {
  it('plans 20k objects and 60k references with chains as long, cycles and a cascade', () => {
    const objects = archive();
    const input = planInput(objects, { registry: registry(objects[0]) });
    const plan = planImport(input);
    expect(plan.decisions).toHaveLength(N + 1);
    expect(plan.counts.create + plan.counts.skip + plan.counts.ignore).toBe(N + 1);
    expect(plan.counts.skip).toBeGreaterThan(0);
  });
});
