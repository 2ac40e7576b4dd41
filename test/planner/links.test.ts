import { describe, expect, it } from 'vitest';
import { linksOf } from '../../src/import/planner/links.js';
import { records } from '../fixtures/records.js';

const org = { uuid: 'org', name: 'Acme' };

describe('linksOf', () => {
  it('lists references, the organization and the links in kind fields, with their roles', () => {
    const asset = records.asset('type', { organization: org, references: [{ name: 'calls', target: 'x' }] });
    expect(linksOf(asset, { importUserGroups: false })).toEqual([
      { target: 'x', role: 'reference:calls', required: true },
      { target: 'org', role: 'organization', required: true },
      { target: 'type', role: 'objectType', required: true },
    ]);
  });

  it('an organization does not link to itself', () => {
    const o = records.organization();
    expect(linksOf({ ...o, organization: { uuid: o.uuid, name: o.name } }, { importUserGroups: false })).toEqual([]);
  });

  it('packages link to members, policies to types, models to types and stages', () => {
    expect(linksOf(records.package(['m'], { organization: null }), { importUserGroups: false }).map((l) => l.role)).toEqual(['member']);
    expect(linksOf(records.policy({ organization: null, fields: { objectTypes: ['t'] } }), { importUserGroups: false })).toEqual([
      { target: 't', role: 'policyObjectType', required: true },
    ]);
    const model = records.lifecycleModel({ organization: null, fields: { objectTypes: ['t'] } });
    model.fields.states[1].stages = ['s'];
    expect(linksOf(model, { importUserGroups: false }).map((l) => [l.target, l.role])).toEqual([
      ['t', 'modelObjectType'],
      ['s', 'stage'],
    ]);
  });

  it('user groups are optional links, and only with importUserGroups', () => {
    const user = records.user({ organization: null, fields: { groups: ['g'] } });
    expect(linksOf(user, { importUserGroups: false })).toEqual([]);
    expect(linksOf(user, { importUserGroups: true })).toEqual([{ target: 'g', role: 'group', required: false }]);
  });

  it('owner, previous version and lifecycle model are not links', () => {
    const asset = records.asset('type', {
      organization: null,
      owner: { uuid: 'u', name: 'ada' },
      previousVersion: 'p',
      lifecycle: { model: 'm', state: 's', stateName: 'S', stageAddresses: [] },
    });
    expect(linksOf(asset, { importUserGroups: true }).map((l) => l.target)).toEqual(['type']);
  });
});
