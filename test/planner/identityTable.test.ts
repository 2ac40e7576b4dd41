import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ObjectKind } from '../../src/domain/objectKind.js';
import { IdentityTable } from '../../src/import/planner/identityTable.js';

/** A sequential UUID, as tools and tests make them: only the last words differ. */
const sequential = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

function tableOf(uuids: string[], name = (i: number) => `object ${i}`): IdentityTable {
  const table = new IdentityTable(uuids.length);
  uuids.forEach((uuid, i) => table.add(uuid, ObjectKind.ASSET, name(i)));
  return table;
}

describe('identity table of a plan skeleton', () => {
  it('finds every object by its UUID and gives the UUID back as written', () => {
    const uuids = Array.from({ length: 2000 }, () => randomUUID());
    const table = tableOf(uuids);
    uuids.forEach((uuid, i) => {
      expect(table.index(uuid)).toBe(i);
      expect(table.uuid(i)).toBe(uuid);
    });
  });

  it('tells sequential UUIDs apart', () => {
    const uuids = Array.from({ length: 5000 }, (_, i) => sequential(i));
    const table = tableOf(uuids);
    expect(uuids.every((uuid, i) => table.index(uuid) === i)).toBe(true);
    expect(table.index(sequential(5000))).toBeUndefined();
  });

  it('is made again from its parts, other spellings and names included', () => {
    const plain = randomUUID();
    const uuids = [plain, plain.toUpperCase(), `uddi:${plain}`, ...Array.from({ length: 300 }, () => randomUUID())];
    const table = tableOf(uuids, (i) => `objet n° ${i} ✓`);
    const again = IdentityTable.fromParts(table.toParts());
    expect(again.size).toBe(uuids.length);
    uuids.forEach((uuid, i) => {
      expect([again.index(uuid), again.uuid(i), again.name(i), again.kind(i)]).toEqual([i, uuid, `objet n° ${i} ✓`, ObjectKind.ASSET]);
    });
    expect(again.index(randomUUID())).toBeUndefined();
  });

  it('keeps other spellings exactly: upper case and uddi: are different UUIDs from the plain one', () => {
    const plain = randomUUID();
    const table = tableOf([plain, plain.toUpperCase(), `uddi:${plain}`]);
    expect(table.index(plain)).toBe(0);
    expect(table.index(plain.toUpperCase())).toBe(1);
    expect(table.index(`uddi:${plain}`)).toBe(2);
    expect(table.uuid(1)).toBe(plain.toUpperCase());
    expect(table.uuid(2)).toBe(`uddi:${plain}`);
  });

  it('answers undefined for a UUID the archive does not hold', () => {
    const table = tableOf([randomUUID()]);
    expect(table.index(randomUUID())).toBeUndefined();
    expect(table.index('uddi:0d6e1f0c-8a4b-4c57-9d3e-1b2a3c4d5e6f')).toBeUndefined();
  });

  it('keeps names of any script and length, and kinds', () => {
    const names = ['Prüfstand – 試験 🚀', '', 'x'.repeat(10_000), 'plain'];
    const table = new IdentityTable(names.length);
    names.forEach((name, i) => table.add(randomUUID(), i === 1 ? ObjectKind.USER : ObjectKind.ASSET, name));
    expect(names.map((_, i) => table.name(i))).toEqual(names);
    expect(table.kind(1)).toBe(ObjectKind.USER);
    expect(table.kind(0)).toBe(ObjectKind.ASSET);
  });

  it('refuses a UUID twice, and more objects than announced', () => {
    const uuid = randomUUID();
    const table = new IdentityTable(2);
    table.add(uuid, ObjectKind.ASSET, 'a');
    expect(() => table.add(uuid, ObjectKind.ASSET, 'b')).toThrow(/duplicate staged UUID/);
    table.add(randomUUID(), ObjectKind.ASSET, 'c');
    expect(() => table.add(randomUUID(), ObjectKind.ASSET, 'd')).toThrow(/more staged objects/);
  });
});
