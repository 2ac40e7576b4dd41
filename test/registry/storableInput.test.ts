import { describe, expect, it } from 'vitest';
import { ObjectKind } from '../../src/domain/objectKind.js';
import type { ObjectDraft } from '../../src/registry/objectDraft.js';
import { Problems } from '../../src/registry/validation/problems.js';
import { checkStorable } from '../../src/registry/validation/validateDraft.js';

const draft = (o: Partial<ObjectDraft>): ObjectDraft => ({
  uuid: '00000000-0000-4000-8000-000000000001',
  kind: ObjectKind.POLICY,
  name: 'p',
  description: null,
  ownerUuid: null,
  organizationUuid: null,
  version: null,
  previousVersionUuid: null,
  lifecycleModelUuid: null,
  lifecycleStateUuid: null,
  attributes: {},
  fields: {},
  references: [],
  ...o,
});

const problemsOf = (d: ObjectDraft) => {
  const problems = new Problems();
  checkStorable(d, problems);
  return problems.list.map((p) => p.message);
};

describe('what the API stores is storable alike on both databases', () => {
  it('a number beyond the range of a double (1e400 parsed from a request) is refused, not stored as null', () => {
    const fields = { actions: [{ type: 'SET_ATTRIBUTE', attribute: 'n', value: JSON.parse('1e400') }] };
    expect(problemsOf(draft({ fields }))).toEqual([expect.stringMatching(/beyond the range of a double/)]);
  });

  it('U+0000 anywhere is refused', () => {
    expect(problemsOf(draft({ name: 'a\u0000b' }))).toEqual([expect.stringMatching(/U\+0000/)]);
  });

  it('plain content passes', () => {
    expect(problemsOf(draft({ attributes: { a: [1, 'two', { three: 3.5 }] } }))).toEqual([]);
  });
});
