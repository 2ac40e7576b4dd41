import { describe, expect, it } from 'vitest';
import { at, records } from '../fixtures/records.js';
import { IMPORTER_UUID, actor, existing, expectPlan, registry } from './planHarness.js';

const type = records.objectType();
const owner = records.user({ name: 'ada' });
const ownedBy = (user = owner) => records.asset(type.uuid, { owner: { uuid: user.uuid, name: user.name } });
const keep = { keepCurrentOwner: true };

describe('owner rule', () => {
  it('without keepCurrentOwner the importer owns what is written', () => {
    const a = ownedBy();
    const plan = expectPlan([a], { registry: registry(type, owner) }).toHaveReasons(a, 'NEW_OBJECT', 'OWNER_IS_IMPORTER');
    expect(plan.outcomeOf(a).ownerUuid).toBe(IMPORTER_UUID);
  });

  it('an owner present in the registry is kept', () => {
    const a = ownedBy();
    const plan = expectPlan([a], { registry: registry(type, owner), options: keep }).toHaveReasons(a, 'NEW_OBJECT', 'OWNER_KEPT');
    expect(plan.outcomeOf(a).ownerUuid).toBe(owner.uuid);
  });

  it('an owner imported by the same archive is kept', () => {
    const a = ownedBy();
    const plan = expectPlan([a, owner], { registry: registry(type), options: keep });
    plan.toDecideAll([a, 'CREATE'], [owner, 'CREATE']).toHaveReasons(a, 'NEW_OBJECT', 'OWNER_KEPT');
    expect(plan.outcomeOf(a).ownerUuid).toBe(owner.uuid);
    expect(plan.plan.blocking).toEqual([]);
  });

  it('owner missing everywhere blocks the import', () => {
    const a = ownedBy();
    const b = ownedBy();
    const plan = expectPlan([a, b], { registry: registry(type), options: keep });
    expect(plan.plan.blocking).toMatchObject([{ code: 'OWNER_NOT_FOUND', uuids: [owner.uuid, a.uuid, b.uuid] }]);
    plan.toHaveReasons(a, 'NEW_OBJECT', 'OWNER_NOT_FOUND');
  });

  it('an owner whose record is in the archive but not imported blocks the import', () => {
    const a = ownedBy();
    const plan = expectPlan([a, owner], { registry: registry(type), options: keep, selection: [a] });
    plan.toDecideAll([owner, 'SKIP']);
    expect(plan.blockingCodes()).toEqual(['OWNER_NOT_FOUND']);
  });

  it('an owner whose record is ignored as identical is kept: it conflicts with nothing', () => {
    const a = ownedBy();
    const plan = expectPlan([a, owner], { registry: registry(type, owner), options: keep });
    plan.toDecideAll([owner, 'IGNORE']).toHaveReasons(a, 'NEW_OBJECT', 'OWNER_KEPT').toLackReasons(a, 'OWNER_OPTION_DISREGARDED');
    expect(plan.outcomeOf(a).ownerUuid).toBe(owner.uuid);
    expect(plan.plan.blocking).toEqual([]);
  });

  it('an owner whose record is refused makes the importer the owner, saying why', () => {
    const a = ownedBy();
    const notUsers = actor({ roles: [] });
    const plan = expectPlan([a, owner], { registry: registry(type), options: keep, actor: notUsers });
    plan.toDecideAll([a, 'CREATE'], [owner, 'SKIP']).toHaveReasons(owner, 'PERMISSION_DENIED', 'NEW_OBJECT');
    expect(plan.reason(a, 'OWNER_OPTION_DISREGARDED').message).toMatch(/SKIP: PERMISSION_DENIED/);
    expect(plan.outcomeOf(a).ownerUuid).toBe(IMPORTER_UUID);
    expect(plan.plan.blocking).toEqual([]);
  });

  it('an owner whose record is only not selected is kept when the registry holds it', () => {
    const a = ownedBy();
    const newer = { ...owner, timestamp: at(40) };
    const plan = expectPlan([a, newer], { registry: registry(type, owner), options: keep, selection: [a] });
    plan.toDecideAll([newer, 'SKIP']).toHaveReasons(a, 'NEW_OBJECT', 'OWNER_KEPT');
    expect(plan.outcomeOf(a).ownerUuid).toBe(owner.uuid);
  });

  it('an owner rejected as older makes the importer the owner', () => {
    const a = ownedBy();
    const registered = registry(type, existing(owner, { timestamp: at(30) }));
    const plan = expectPlan([a, owner], { registry: registered, options: keep });
    plan.toDecideAll([owner, 'REJECT']).toHaveReasons(a, 'NEW_OBJECT', 'OWNER_OPTION_DISREGARDED');
    expect(plan.reason(a, 'OWNER_OPTION_DISREGARDED').message).toMatch(/REJECT: OLDER_IN_ARCHIVE/);
    expect(plan.outcomeOf(a).ownerUuid).toBe(IMPORTER_UUID);
  });

  it('an object without an owner is owned by the importer', () => {
    const a = records.asset(type.uuid);
    const plan = expectPlan([a], { registry: registry(type), options: keep }).toHaveReasons(a, 'NEW_OBJECT', 'OWNER_IS_IMPORTER');
    expect(plan.outcomeOf(a).ownerUuid).toBe(IMPORTER_UUID);
  });

  it('only written objects get an owner', () => {
    const a = ownedBy();
    const plan = expectPlan([a], { registry: registry(type), options: keep, selection: [] });
    expect(plan.decision(a).outcome).toBeNull();
    expect(plan.plan.blocking).toEqual([]);
  });
});
