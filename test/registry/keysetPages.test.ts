import { describe, expect, it } from 'vitest';
import { checkPageSize, lineCursor, stringPairCursor, tupleCursor } from '../../src/db/keysetPages.js';
import { RegistryError } from '../../src/errors/registryError.js';

const refused = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err instanceof RegistryError ? err.code : 'not a RegistryError';
  }
  return 'accepted';
};

describe('keyset page cursors', () => {
  it('keep the text cursors already handed out had, and read them back', () => {
    const decisions = lineCursor('decision');
    expect(decisions.encode(42)).toBe(Buffer.from('decision:42').toString('base64url'));
    expect(decisions.decode(decisions.encode(42))).toBe(42);
    const pairs = stringPairCursor();
    expect(pairs.encode(['api', 'u-1'])).toBe(Buffer.from('["api","u-1"]').toString('base64url'));
    expect(pairs.decode(pairs.encode(['api', 'u-1']))).toEqual(['api', 'u-1']);
  });

  it("refuse another list's cursor, and anything that is no cursor, as BAD_USER_INPUT", () => {
    const outcomes = lineCursor('outcome');
    const dated = tupleCursor<[Date, string]>(
      ([at, id]) => [at.toISOString(), id],
      ([at, id]) => (typeof id === 'string' && !Number.isNaN(new Date(at as string).getTime()) ? [new Date(at as string), id] : null),
    );
    expect([
      refused(() => outcomes.decode(lineCursor('decision').encode(1))),
      refused(() => outcomes.decode('not base64 at all')),
      refused(() => stringPairCursor().decode(outcomes.encode(1))),
      refused(() => stringPairCursor().decode(Buffer.from('["a",1]').toString('base64url'))),
      refused(() => dated.decode(stringPairCursor().encode(['yesterday', 'x']))),
    ]).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(dated.decode(dated.encode([new Date(0), 'x']))).toEqual([new Date(0), 'x']);
  });

  it('refuse a page size outside 0..max', () => {
    expect([refused(() => checkPageSize(-1, 5)), refused(() => checkPageSize(6, 5)), refused(() => checkPageSize(5, 5))]).toEqual([
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'accepted',
    ]);
  });
});
