import { describe, expect, it } from 'vitest';
import { jsonTextProblems, keptExactly } from '../../src/archive/jsonText.js';

describe('JSON text a registry keeps exactly as written', () => {
  it.each(['0', '-0', '1', '100', '1.50', '1.5e0', '0.1', '1e22', '-2.5E-3', '9007199254740992', '123.456'])(
    '%s is kept: its double denotes the same value',
    (token) => expect(keptExactly(token)).toBe(true),
  );

  it.each(['1e400', '-1e400', '1e-400', '9007199254740993', '123456789012345678901234567890123456789', '0.10000000000000000000001'])(
    '%s is not',
    (token) => expect(keptExactly(token)).toBe(false),
  );

  it('reads numbers only outside strings, and escapes as escapes', () => {
    expect(jsonTextProblems('{"a":"1e400","b":"\\\\u0000","c":"\\"[[["}', 2).problems).toEqual([]);
    expect(jsonTextProblems('{"a":"x\\u0000"}', 2).problems[0]!.message).toMatch(/U\+0000/);
    expect(jsonTextProblems('{"a":"\\\\\\u0000"}', 2).problems[0]!.message).toMatch(/U\+0000/);
  });

  it('stops at the first level beyond the depth limit', () => {
    expect(jsonTextProblems('[[[]]]', 3)).toEqual({ problems: [], tooDeep: false });
    expect(jsonTextProblems('[[[[]]]]', 3)).toMatchObject({ tooDeep: true, problems: [{ message: expect.stringMatching(/deeper than 3 levels/) }] });
  });

  it('reports a few inexact numbers, not thousands', () => {
    const text = `[${Array.from({ length: 1000 }, () => '1e400').join(',')}]`;
    expect(jsonTextProblems(text, 64).problems).toHaveLength(5);
  });
});
