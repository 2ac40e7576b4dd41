import { describe, expect, it } from 'vitest';
import { breachesOf, normalizeExpectation } from '../../src/import/commit/importExpectation.js';
import { ImportAction } from '../../src/import/planner/types.js';

const counts = (c: Partial<Record<ImportAction, number>>) => ({ CREATE: 0, REPLACE: 0, IGNORE: 0, REJECT: 0, SKIP: 0, ...c });

describe('import expectation', () => {
  it('a forbidden action that occurs, or a count over its limit, is a breach with the offending count', () => {
    const expectation = normalizeExpectation({
      failOn: [ImportAction.SKIP, ImportAction.REJECT],
      max: [{ action: ImportAction.REPLACE, max: 2 }],
    });
    expect(breachesOf(expectation, counts({ SKIP: 3, REPLACE: 5, CREATE: 9 }))).toEqual([
      { action: 'REPLACE', count: 5, limit: 2 },
      { action: 'SKIP', count: 3, limit: 0 },
    ]);
  });

  it('a plan within the expectation, or no expectation, has no breach', () => {
    const expectation = normalizeExpectation({ failOn: [ImportAction.REJECT], max: [{ action: ImportAction.CREATE, max: 3 }] });
    expect(breachesOf(expectation, counts({ CREATE: 3, SKIP: 4 }))).toEqual([]);
    expect(breachesOf(normalizeExpectation(null), counts({ REJECT: 1 }))).toEqual([]);
    expect(normalizeExpectation({ failOn: [], max: [] })).toBeNull();
  });

  it('refuses a negative limit, or two limits for one action, as bad input', () => {
    expect(() => normalizeExpectation({ max: [{ action: ImportAction.CREATE, max: -1 }] })).toThrow(/at least 0/);
    const twice = [{ action: ImportAction.SKIP, max: 1 }, { action: ImportAction.SKIP, max: 2 }];
    expect(() => normalizeExpectation({ max: twice })).toThrow(/twice/);
  });
});
