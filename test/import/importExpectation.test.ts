import { describe, expect, it } from 'vitest';
import { breachesOf, normalizeExpectation } from '../../src/import/commit/importExpectation.js';
import { type ActionCounts, noActionCounts } from '../../src/import/planner/actionCounts.js';
import { ImportAction } from '../../src/import/planner/types.js';

const counts = (c: Partial<ActionCounts>): ActionCounts => ({ ...noActionCounts(), ...c });

describe('import expectation', () => {
  it('a forbidden action that occurs, or a count over its limit, is a breach with the offending count', () => {
    const expectation = normalizeExpectation({
      failOn: [ImportAction.SKIP, ImportAction.REJECT],
      max: [{ action: ImportAction.REPLACE, max: 2 }],
    });
    expect(breachesOf(expectation, counts({ skip: 3, replace: 5, create: 9 }))).toEqual([
      { action: 'REPLACE', count: 5, limit: 2 },
      { action: 'SKIP', count: 3, limit: 0 },
    ]);
  });

  it('a plan within the expectation, or no expectation, has no breach', () => {
    const expectation = normalizeExpectation({ failOn: [ImportAction.REJECT], max: [{ action: ImportAction.CREATE, max: 3 }] });
    expect(breachesOf(expectation, counts({ create: 3, skip: 4 }))).toEqual([]);
    expect(breachesOf(normalizeExpectation(null), counts({ reject: 1 }))).toEqual([]);
    expect(normalizeExpectation({ failOn: [], max: [] })).toBeNull();
  });

  it('refuses a negative limit, or two limits for one action, as bad input', () => {
    expect(() => normalizeExpectation({ max: [{ action: ImportAction.CREATE, max: -1 }] })).toThrow(/at least 0/);
    const twice = [{ action: ImportAction.SKIP, max: 1 }, { action: ImportAction.SKIP, max: 2 }];
    expect(() => normalizeExpectation({ max: twice })).toThrow(/twice/);
  });
});
