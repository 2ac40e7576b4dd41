import { describe, expect, it } from 'vitest';
import { at, records } from '../fixtures/records.js';
import { actor, existing, expectPlan, refer, registry } from './planHarness.js';

const org = records.organization();
const orgRef = { uuid: org.uuid, name: org.name };
const type = records.objectType();

/** The registry holds `hidden` (registry copy named "secret", a minute older); the importer may view all but it. */
function setting(hiddenArchiveCopy: ReturnType<typeof records.asset>, canCreate = true) {
  const registered = registry(org, type).with(existing(hiddenArchiveCopy, { name: 'secret', timestamp: at(0) }));
  return { registry: registered, actor: actor({ roles: [], canCreate, canView: (uuid) => uuid !== hiddenArchiveCopy.uuid }) };
}

describe('objects the importer may not view', () => {
  it('are refused with UUID_UNAVAILABLE, with no existing copy, timestamp comparison or name', () => {
    const copy = records.asset(type.uuid, { organization: orgRef, timestamp: at(5) });
    const plan = expectPlan([copy], setting(copy));
    plan.toDecideAll([copy, 'SKIP']);
    expect([plan.reasonsOf(copy), plan.decision(copy).existing, JSON.stringify(plan.plan).includes('secret')]).toEqual([
      ['UUID_UNAVAILABLE', 'NEW_OBJECT'],
      null,
      false,
    ]);
  });

  it('get the decision of an absent object when the importer could not create one either', () => {
    const copy = records.asset(type.uuid, { organization: orgRef, timestamp: at(5) });
    const absent = records.asset(type.uuid, { organization: orgRef, timestamp: at(5) });
    const plan = expectPlan([copy, absent], setting(copy, false));
    const seen = (uuid: string) => ({ ...plan.decision(uuid), uuid: '', name: '', line: 0 });
    expect(seen(copy.uuid)).toEqual(seen(absent.uuid));
  });

  it('do not resolve references: a reference to one is unresolved, as to nothing', () => {
    const hiddenCopy = records.asset(type.uuid, { organization: orgRef });
    const source = refer(records.asset(type.uuid, { organization: orgRef }), hiddenCopy.uuid);
    const plan = expectPlan([source], setting(hiddenCopy));
    plan.toDecideAll([source, 'SKIP']).toHaveReasons(source, 'UNRESOLVED_REFERENCE', 'NEW_OBJECT');
    expect(plan.decision(source).references.map((r) => r.resolution)).toEqual(['UNRESOLVED']);
  });

  it('are not linked to as previous versions: the object is imported standalone', () => {
    const hiddenCopy = records.asset(type.uuid, { organization: orgRef });
    const next = records.asset(type.uuid, { organization: orgRef, previousVersion: hiddenCopy.uuid });
    const plan = expectPlan([next], setting(hiddenCopy));
    expect([plan.decision(next).action, plan.outcomeOf(next).previousVersion, plan.reasonsOf(next)]).toEqual([
      'CREATE',
      null,
      expect.arrayContaining(['VERSION_STANDALONE']),
    ]);
  });

  it('pulled in by an object that needs them, take it down with them', () => {
    const copy = records.asset(type.uuid, { organization: orgRef, timestamp: at(5) });
    const source = refer(records.asset(type.uuid, { organization: orgRef }), copy);
    expectPlan([source, copy], setting(copy)).toDecideAll([source, 'SKIP'], [copy, 'SKIP']).toHaveReasons(source, 'DEPENDENCY_NOT_IMPORTED', 'NEW_OBJECT');
  });
});
