import { describe, expect, it } from 'vitest';
import commonSchema from '../../src/archive/schemas/common.schema.json' with { type: 'json' };
import policySchema from '../../src/archive/schemas/record.POLICY.schema.json' with { type: 'json' };
import type { ArchiveRecord } from '../../src/archive/record.js';
import { validateRecord } from '../../src/archive/schemaValidation.js';
import {
  AttributeType,
  LifecycleModelStatus,
  ObjectKind,
  PolicyActionType,
  PolicyEvent,
  Role,
} from '../../src/domain/objectKind.js';
import { oneOfEveryKind, records } from '../fixtures/records.js';

/** A record as plain JSON that a test may break freely. */
function json(record: ArchiveRecord): Record<string, any> {
  return JSON.parse(JSON.stringify(record));
}

describe('record schemas', () => {
  it('accept one record of every kind as the builders make them', () => {
    for (const record of oneOfEveryKind()) expect(validateRecord(record), record.kind).toEqual([]);
  });

  it('accept every kind with its optional parts filled in', () => {
    const full = [
      records.user({ fields: { email: 'ada@acme.test', roles: [Role.REGISTRY_ADMINISTRATOR], groups: [] } }),
      records.group({ fields: { system: true, roles: [Role.TYPE_ADMINISTRATOR] } }),
      records.policy({
        fields: {
          events: [PolicyEvent.PRE_CREATE, PolicyEvent.POST_UPDATE],
          condition: { '==': [{ var: 'kind' }, 'ASSET'] },
          actions: [
            { type: PolicyActionType.REJECT, message: 'no' },
            { type: PolicyActionType.SET_ATTRIBUTE, attribute: 'tier', value: { gold: true } },
            { type: PolicyActionType.SET_LIFECYCLE_STATE, state: 'uddi:7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9' },
          ],
          priority: -3,
        },
      }),
      records.organization({ description: 'An organization', attributes: { anything: [1, 'two', null] } }),
    ];
    for (const record of full) expect(validateRecord(record), record.kind).toEqual([]);
  });

  it.each(Object.values(ObjectKind))('close the %s fields to properties they define', (kind) => {
    const record = json(oneOfEveryKind().find((r) => r.kind === kind)!);
    record.fields.surprise = 1;
    expect(validateRecord(record)).toEqual([{ path: '$.fields.surprise', message: 'is not an allowed property' }]);
  });

  it('close the common record to the properties it defines', () => {
    const record = { ...json(records.organization()), color: 'blue' };
    expect(validateRecord(record)).toEqual([{ path: '$.color', message: 'is not an allowed property' }]);
  });

  it('report an unknown kind as one problem', () => {
    expect(validateRecord({ ...json(records.organization()), kind: 'WIDGET' })).toEqual([
      { path: '$.kind', message: expect.stringContaining('must be one of the kinds OBJECT_TYPE, ASSET') },
    ]);
  });

  it('carry every enum of objectKind.ts', () => {
    const defs = commonSchema.$defs;
    expect(defs.objectKind.enum).toEqual(Object.values(ObjectKind));
    expect(defs.role.enum).toEqual(Object.values(Role));
    expect(defs.attributeType.enum).toEqual(Object.values(AttributeType));
    expect(defs.lifecycleModelStatus.enum).toEqual(Object.values(LifecycleModelStatus));
    expect(defs.policyEvent.enum).toEqual(Object.values(PolicyEvent));
    expect(policySchema.$defs.policyAction.properties.type.enum).toEqual(Object.values(PolicyActionType));
  });

  it.each([
    ['a plain UUID', '5e0c4a2a-1f1b-4b7e-9c1e-2a4f7d9b0c11', true],
    ['a CentraSite uddi: UUID', 'uddi:5e0c4a2a-1f1b-4b7e-9c1e-2a4f7d9b0c11', true],
    // UUIDs are kept exactly as given (issue #2), so an upper-case one exported from a registry must import.
    ['an upper-case UUID', '5E0C4A2A-1F1B-4B7E-9C1E-2A4F7D9B0C11', true],
    ['a UUID without dashes', '5e0c4a2a1f1b4b7e9c1e2a4f7d9b0c11', false],
    ['another URN scheme', 'urn:5e0c4a2a-1f1b-4b7e-9c1e-2a4f7d9b0c11', false],
  ])('take %s as a UUID: %s → %s', (_, uuid, valid) => {
    const problems = validateRecord({ ...json(records.organization()), uuid });
    expect(problems.length === 0).toBe(valid);
  });

  it.each([
    ['2026-01-01T00:00:00.000Z', true],
    ['2026-01-01T00:00:00Z', false],
    ['2026-01-01T01:00:00.000+01:00', false],
    ['2026-13-01T00:00:00.000Z', false],
    ['yesterday', false],
  ])('take %s as a timestamp: %s', (timestamp, valid) => {
    expect(validateRecord({ ...json(records.organization()), timestamp }).length === 0).toBe(valid);
  });

  it('point a problem deep in the fields at its JSON path', () => {
    const model = json(records.lifecycleModel());
    delete model.fields.states[1].uuid;
    model.fields.status = 'DRAFT';
    expect(validateRecord(model)).toEqual([
      { path: '$.fields.status', message: 'must be one of "NEW", "PRODUCTIVE", "RETIRED"' },
      { path: '$.fields.states[1].uuid', message: 'is required' },
    ]);
  });

  it('check each policy action against its own type', () => {
    const policy = json(records.policy());
    policy.fields.actions = [
      { type: 'SET_ATTRIBUTE', attribute: 'tier' },
      { type: 'EXPLODE' },
      { type: 'REJECT', message: 'no', state: 'x' },
    ];
    expect(validateRecord(policy)).toEqual([
      { path: '$.fields.actions[0].value', message: 'is required' },
      { path: '$.fields.actions[1].type', message: 'must be one of "REJECT", "SET_ATTRIBUTE", "SET_LIFECYCLE_STATE"' },
      { path: '$.fields.actions[2].state', message: 'is not an allowed property' },
    ]);
  });

  it('points at a bad link inside owner and references', () => {
    const record = json(records.organization());
    record.owner = { uuid: 'nope', name: 'x' };
    record.references = [{ name: 'uses', target: 'x' }];
    expect(validateRecord(record).map((p) => p.path)).toEqual(['$.owner.uuid', '$.references[0].target']);
  });

  it('prints a property name that is not an identifier in bracket notation', () => {
    const record = json(records.asset('5e0c4a2a-1f1b-4b7e-9c1e-2a4f7d9b0c11'));
    record.fields['object type'] = 'x';
    expect(validateRecord(record)).toEqual([
      { path: '$.fields["object type"]', message: 'is not an allowed property' },
    ]);
  });
});
