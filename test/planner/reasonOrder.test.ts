import { describe, expect, it } from 'vitest';
import { at, records } from '../fixtures/records.js';
import { existing, expectPlan, refer, registry } from './planHarness.js';

const type = records.objectType();

describe('reason order', () => {
  it('a skipped new object starts with why it is skipped; that it is new does not decide it, nor promise a create', () => {
    const a = records.asset(type.uuid);
    const plan = expectPlan([a], { registry: registry(type), selection: [] }).toDecideAll([a, 'SKIP']);
    expect(plan.decision(a).reasons.map((r) => [r.code, r.decisive])).toEqual([['NOT_SELECTED', true], ['NEW_OBJECT', false]]);
    expect(plan.reason(a, 'NEW_OBJECT').message).toBe('Not in the registry: it would be created, but it is not imported.');
  });

  it('a rejected new object starts with the check that rejected it', () => {
    const a = records.asset(type.uuid, {
      lifecycle: { model: 'm', state: 's', stateName: 'Live', stageAddresses: ['https://elsewhere.test/graphql'] },
    });
    const plan = expectPlan([a], { registry: registry(type) }).toDecideAll([a, 'REJECT']);
    expect(plan.reasonsOf(a)[0]).toBe('STAGE_RESTRICTED');
    expect(plan.reason(a, 'NEW_OBJECT')).toMatchObject({ decisive: false, message: expect.stringMatching(/not imported/) });
  });

  it('a created object starts with NEW_OBJECT; what it will hold does not decide it', () => {
    const a = records.asset(type.uuid);
    const plan = expectPlan([a], { registry: registry(type) }).toDecideAll([a, 'CREATE']);
    expect(plan.decision(a).reasons.map((r) => [r.code, r.decisive])).toEqual([['NEW_OBJECT', true], ['OWNER_IS_IMPORTER', false]]);
    expect(plan.reason(a, 'NEW_OBJECT').message).toBe('Not in the registry: it is created.');
  });

  it('an object written only because another needs it gives both why it is written and why although unselected', () => {
    const used = records.asset(type.uuid);
    const user = refer(records.asset(type.uuid), used);
    const plan = expectPlan([user, used], { registry: registry(type), selection: [user] }).toDecideAll([used, 'CREATE']);
    const decisive = plan.decision(used).reasons.filter((r) => r.decisive).map((r) => r.code);
    expect(decisive).toEqual(['NEW_OBJECT', 'INCLUDED_AS_DEPENDENCY']);
  });

  it('an older object is rejected for being older; a newer one skipped by a dependency says it would replace', () => {
    const older = records.organization({ timestamp: at(1) });
    const newer = refer(records.asset(type.uuid, { timestamp: at(9) }), 'missing');
    const plan = expectPlan([older, newer], { registry: registry(type, existing(older, { timestamp: at(5) }), existing(newer, { timestamp: at(2) })) });
    plan.toDecideAll([older, 'REJECT'], [newer, 'SKIP']);
    expect(plan.decision(older).reasons[0]).toMatchObject({ code: 'OLDER_IN_ARCHIVE', decisive: true });
    expect(plan.reasonsOf(newer)[0]).toBe('UNRESOLVED_REFERENCE');
    expect(plan.reason(newer, 'NEWER_IN_ARCHIVE')).toMatchObject({ decisive: false, message: expect.stringMatching(/would replace/) });
  });

  it('no decision that does not write says it is created or replaces', () => {
    const a = records.asset(type.uuid);
    const b = refer(records.asset(type.uuid), 'missing');
    const c = records.asset(type.uuid, { timestamp: at(9) });
    const plan = expectPlan([a, b, c], { registry: registry(type, existing(c, { timestamp: at(2) })), selection: [b] });
    for (const d of plan.plan.decisions.filter((d) => d.action === 'SKIP' || d.action === 'REJECT')) {
      expect(d.reasons[0]!.decisive).toBe(true);
      for (const r of d.reasons) expect(r.message).not.toMatch(/it is created|it replaces/);
    }
  });
});
