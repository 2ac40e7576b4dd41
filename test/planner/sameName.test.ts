import { describe, expect, it } from 'vitest';
import { records } from '../fixtures/records.js';
import { actor, expectPlan, registry } from './planHarness.js';

describe('same name rule', () => {
  it('warns of a registry object of the same kind and name under another UUID, naming it; the object is still created', () => {
    const here = records.organization({ name: 'acme' });
    const incoming = records.organization({ name: 'acme' });
    const plan = expectPlan([incoming], { registry: registry(here) }).toDecideAll([incoming, 'CREATE']);
    expect(plan.reason(incoming, 'SAME_NAME_OTHER_UUID')).toMatchObject({ severity: 'WARNING', decisive: false, uuids: [here.uuid] });
    expect(plan.reasonsOf(incoming)[0]).toBe('NEW_OBJECT');
  });

  it('says nothing of the same object, another kind, or an object the importer may not view', () => {
    const same = records.organization({ name: 'acme' });
    const group = records.group({ name: 'acme' });
    const hidden = records.organization({ name: 'secret' });
    const incoming = [same, records.organization({ name: 'secret' })];
    const plan = expectPlan(incoming, { registry: registry(same, group, hidden), actor: actor({ canView: (uuid) => uuid !== hidden.uuid }) });
    for (const r of incoming) plan.toLackReasons(r, 'SAME_NAME_OTHER_UUID');
  });

  it('says nothing of a system group: every registry has its own', () => {
    const everyone = records.group({ name: 'Everyone', fields: { system: true } });
    const incoming = records.group({ name: 'Everyone', fields: { system: true } });
    expectPlan([incoming], { registry: registry(everyone) }).toLackReasons(incoming, 'SAME_NAME_OTHER_UUID');
  });
});
