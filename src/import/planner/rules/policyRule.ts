import type { KindFieldsMap } from '../../../domain/kindFields.js';
import { ObjectKind, PolicyEvent } from '../../../domain/objectKind.js';
import { type PolicySubject, runPolicies } from '../../../policies/policyEngine.js';
import type { PlanContext, PlanEntry } from '../planContext.js';
import { Reasons } from '../reasonCodes.js';
import { ImportAction } from '../types.js';

const CREATE_EVENTS = [PolicyEvent.PRE_CREATE, PolicyEvent.POST_CREATE];
const UPDATE_EVENTS = [PolicyEvent.PRE_UPDATE, PolicyEvent.POST_UPDATE];

/**
 * Own check, last: runs the registry's policies (never ones arriving in the same archive) over an asset that
 * passed every other own check: PRE_CREATE then POST_CREATE for a new one, PRE_UPDATE then POST_UPDATE for a
 * replaced one. A veto REJECTs it. Effects are kept for policyEffectsRule, which applies them if it is written.
 * No policy runs when the archive is a complete organization.
 *
 * The subject's lifecycle state is the state at export: policies are own checks, decided before the closure
 * that fixes which lifecycle model will govern the asset.
 */
export function policyRule(ctx: PlanContext, entry: PlanEntry): void {
  const { record } = entry;
  if (entry.failure || record.kind !== ObjectKind.ASSET || ctx.input.completeOrganization) return;
  const policies = ctx.policies();
  if (policies.length === 0) return;
  const events = entry.timestampAction === ImportAction.CREATE ? CREATE_EVENTS : UPDATE_EVENTS;
  const subject: PolicySubject = {
    uuid: record.uuid,
    kind: record.kind,
    name: record.name,
    description: record.description,
    version: record.version,
    objectType: (record.fields as KindFieldsMap['ASSET']).objectType,
    lifecycleState: record.lifecycle?.state ?? null,
    attributes: record.attributes,
  };
  entry.policy = runPolicies(policies, events, subject);
  for (const veto of entry.policy.vetoes) {
    const policy = { uuid: veto.policyUuid, name: veto.policyName };
    ctx.fail(entry, ImportAction.REJECT, Reasons.policyVeto(policy, veto.message));
  }
}
