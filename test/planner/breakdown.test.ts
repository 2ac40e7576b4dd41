import { describe, expect, it } from 'vitest';
import { records } from '../fixtures/records.js';
import { actor, expectPlan, registry } from './planHarness.js';

const type = records.objectType();
const elsewhere = { model: 'm', state: 's', stateName: 'Live', stageAddresses: ['https://elsewhere.test/graphql'] };

describe('plan breakdown', () => {
  it('counts decisions by action and kind, and by action and reason code, only the pairs that occur, in order', () => {
    const created = [records.asset(type.uuid), records.asset(type.uuid)];
    const restricted = [records.asset(type.uuid, { lifecycle: elsewhere }), records.asset(type.uuid, { lifecycle: elsewhere })];
    const org = records.organization();
    const plan = expectPlan([...created, ...restricted, org], { registry: registry(type), selection: [...created, ...restricted] }).plan;
    expect(plan.breakdown.byKind).toEqual([
      { action: 'CREATE', kind: 'ASSET', count: 2 },
      { action: 'REJECT', kind: 'ASSET', count: 2 },
      { action: 'SKIP', kind: 'ORGANIZATION', count: 1 },
    ]);
    expect(plan.breakdown.byReason).toEqual([
      { action: 'CREATE', code: 'NEW_OBJECT', decisive: true, count: 2 },
      { action: 'CREATE', code: 'OWNER_IS_IMPORTER', decisive: false, count: 2 },
      { action: 'REJECT', code: 'NEW_OBJECT', decisive: false, count: 2 },
      { action: 'REJECT', code: 'STAGE_RESTRICTED', decisive: true, count: 2 },
      { action: 'SKIP', code: 'NEW_OBJECT', decisive: false, count: 1 },
      { action: 'SKIP', code: 'NOT_SELECTED', decisive: true, count: 1 },
    ]);
  });

  it('a code a decision gives twice counts once', () => {
    const user = records.user();
    const plan = expectPlan([user], { actor: actor({ roles: [], canCreate: false }) });
    expect(plan.reasonsOf(user).filter((code) => code === 'PERMISSION_DENIED')).toHaveLength(2);
    expect(plan.plan.breakdown.byReason).toContainEqual({ action: 'SKIP', code: 'PERMISSION_DENIED', decisive: true, count: 1 });
  });
});
