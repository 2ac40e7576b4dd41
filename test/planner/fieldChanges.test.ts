import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fieldChanges } from '../../src/import/preview/fieldChanges.js';
import { records } from '../fixtures/records.js';

/* The field changes between the registry's copy and the archive's: a pure comparison, bounded. */
const type = randomUUID();
const all = { attributes: true, ownership: true };
const contentOnly = { attributes: true, ownership: false };

describe('fieldChanges', () => {
  it('lists name, description, attribute, reference, owner and state changes with before and after', () => {
    const [kept, dropped, added] = [randomUUID(), randomUUID(), randomUUID()];
    const before = records.asset(type, {
      name: 'billing-api',
      description: 'old',
      owner: { uuid: 'u1', name: 'alice' },
      lifecycle: { model: 'm', state: 's1', stateName: 'Designed', stageAddresses: [] },
      attributes: { tier: 'gold', endpoint: 'http://a' },
      references: [{ name: 'uses', target: kept }, { name: 'uses', target: dropped }],
    });
    const after = {
      ...before,
      name: 'billing',
      description: 'new',
      owner: { uuid: 'u2', name: 'bob' },
      lifecycle: { model: 'm', state: 's2', stateName: 'Live', stageAddresses: [] },
      attributes: { endpoint: 'http://b', region: 'eu' },
      references: [{ name: 'uses', target: kept }, { name: 'uses', target: added }],
    };
    expect(fieldChanges(before, after, all)).toEqual({
      entries: [
        { path: 'name', before: 'billing-api', after: 'billing', cut: false },
        { path: 'description', before: 'old', after: 'new', cut: false },
        { path: 'owner', before: { uuid: 'u1', name: 'alice' }, after: { uuid: 'u2', name: 'bob' }, cut: false },
        { path: 'lifecycleState', before: { uuid: 's1', name: 'Designed' }, after: { uuid: 's2', name: 'Live' }, cut: false },
        { path: 'attributes.endpoint', before: 'http://a', after: 'http://b', cut: false },
        { path: 'attributes.region', before: null, after: 'eu', cut: false },
        { path: 'attributes.tier', before: 'gold', after: null, cut: false },
        { path: 'references.uses', before: [dropped], after: [added], cut: false },
      ],
      totalCount: 8,
      truncated: false,
    });
  });

  it('lists nothing for identical content, whatever the order of references and attribute keys', () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const before = records.asset(type, { attributes: { x: 1, y: { p: 1, q: 2 } }, references: [{ name: 'r', target: a }, { name: 'r', target: b }] });
    const after = { ...before, attributes: { y: { q: 2, p: 1 }, x: 1 }, references: [{ name: 'r', target: b }, { name: 'r', target: a }] };
    expect(fieldChanges(before, after, all)).toEqual({ entries: [], totalCount: 0, truncated: false });
  });

  it('leaves owner and state out when comparing content only, and attributes out when they may not be read', () => {
    const before = records.asset(type, { owner: { uuid: 'u1', name: 'a' }, attributes: { tier: 'gold' } });
    const after = { ...before, owner: { uuid: 'u2', name: 'b' }, attributes: { tier: 'silver' } };
    expect(fieldChanges(before, after, contentOnly).entries.map((e) => e.path)).toEqual(['attributes.tier']);
    expect(fieldChanges(before, after, { attributes: false, ownership: false }).entries).toEqual([]);
  });

  it("lists a package's members added and removed", () => {
    const [x, y, z] = [randomUUID(), randomUUID(), randomUUID()];
    const before = records.package([x, y]);
    const after = { ...before, fields: { members: [y, z] } };
    expect(fieldChanges(before, after, all).entries).toEqual([{ path: 'members', before: [x], after: [z], cut: false }]);
  });

  it('cuts a long value and says so', () => {
    const before = records.asset(type, { description: 'short' });
    const after = { ...before, description: 'x'.repeat(5000) };
    const changes = fieldChanges(before, after, all, { maxEntries: 100, maxValueLength: 2048 });
    expect([changes.truncated, changes.entries[0]!.cut, (changes.entries[0]!.after as string).length]).toEqual([true, true, 2049]);
  });

  it('lists at most maxEntries changes, with the total and the marker', () => {
    const before = records.asset(type, { attributes: Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`a${i}`, i])) });
    const after = { ...before, attributes: {} };
    const changes = fieldChanges(before, after, all, { maxEntries: 100, maxValueLength: 2048 });
    expect([changes.entries.length, changes.totalCount, changes.truncated]).toEqual([100, 150, true]);
  });
});
