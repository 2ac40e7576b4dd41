import { describe, expect, it } from 'vitest';
import { at, records } from '../fixtures/records.js';
import { existing, expectPlan, registry } from './planHarness.js';

describe('timestamp rule', () => {
  it('an object absent from the registry is created', () => {
    const org = records.organization();
    expectPlan([org]).toDecideAll([org, 'CREATE']).toHaveReasons(org, 'NEW_OBJECT', 'OWNER_IS_IMPORTER');
  });

  it("a newer object replaces the registry's copy", () => {
    const org = records.organization({ timestamp: at(10) });
    const plan = expectPlan([org], { registry: registry(existing(org, { timestamp: at(5) })) });
    plan.toDecideAll([org, 'REPLACE']).toHaveReasons(org, 'NEWER_IN_ARCHIVE', 'OWNER_IS_IMPORTER');
    expect(plan.decision(org).existing).toEqual({ timestamp: at(5) });
  });

  it('an identical timestamp is ignored', () => {
    const org = records.organization();
    expectPlan([org], { registry: registry(org) })
      .toDecideAll([org, 'IGNORE'])
      .toHaveReasons(org, 'IDENTICAL_TIMESTAMP')
      .toLackReasons(org, 'IDENTICAL_TIMESTAMP_CONTENT_DIFFERS');
  });

  it('identical timestamp with different content warns', () => {
    const org = records.organization();
    const plan = expectPlan([org], { registry: registry(existing(org, { contentDigest: 'diverged' })) });
    plan.toDecideAll([org, 'IGNORE']);
    expect(plan.reason(org, 'IDENTICAL_TIMESTAMP_CONTENT_DIFFERS').severity).toBe('WARNING');
  });

  it('an older object is rejected unless replace is allowed', () => {
    const org = records.organization({ timestamp: at(1) });
    const reg = registry(existing(org, { timestamp: at(9) }));
    const rejected = expectPlan([org], { registry: reg }).toDecideAll([org, 'REJECT']);
    expect(rejected.reason(org, 'OLDER_IN_ARCHIVE').severity).toBe('WARNING');
  });

  it('allowReplace replaces an older object under the default selection, saying it is older', () => {
    const org = records.organization({ timestamp: at(1) });
    const replaced = expectPlan([org], { registry: registry(existing(org, { timestamp: at(9) })), options: { allowReplace: true } });
    replaced.toDecideAll([org, 'REPLACE']);
    expect(replaced.decision(org)).toMatchObject({ selectedByDefault: true, selected: true });
    expect(replaced.reasonsOf(org)[0]).toBe('OLDER_IN_ARCHIVE');
    expect(replaced.reason(org, 'OLDER_IN_ARCHIVE').message).toMatch(/replaces the registry's copy although older/);
  });

  it('a rejected older object does not fail the import', () => {
    const old = records.organization({ timestamp: at(1) });
    const fresh = records.organization();
    const plan = expectPlan([old, fresh], { registry: registry(existing(old, { timestamp: at(9) })) });
    plan.toDecideAll([old, 'REJECT'], [fresh, 'CREATE']);
    expect(plan.plan.blocking).toEqual([]);
  });

  it('timestamps compare as instants, not strings', () => {
    const org = records.organization({ timestamp: '2026-01-01T01:00:00+01:00' });
    const plan = expectPlan([org], { registry: registry(existing(org, { timestamp: '2026-01-01T00:00:00.000Z' })) });
    plan.toDecideAll([org, 'IGNORE']);
    const later = records.organization({ timestamp: '2026-01-01T00:00:00.5Z' });
    expectPlan([later], { registry: registry(existing(later, { timestamp: '2026-01-01T00:00:00.400Z' })) })
      .toDecideAll([later, 'REPLACE']);
  });
});
