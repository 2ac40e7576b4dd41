import { canonicalJson } from '../../../archive/contentDigest.js';
import { ObjectKind, PolicyActionType } from '../../../domain/objectKind.js';
import type { PolicyAction } from '../../../domain/kindFields.js';
import type { PlanContext, PlanEntry } from '../planContext.js';
import { Reasons } from '../reasonCodes.js';
import type { WriteOutcome } from '../types.js';

/**
 * Applies the effects the policy rule recorded to what a written asset will hold: SET_ATTRIBUTE into the
 * attributes (set in the outcome only when they differ from the record's own), SET_LIFECYCLE_STATE into the
 * lifecycle state (after the lifecycle rule; with no governing model there is no state to set). Runs after
 * lifecycleRule.
 */
export function policyEffectsRule(ctx: PlanContext): void {
  const organization = ctx.input.completeOrganization;
  for (const entry of ctx.entries) {
    if (!entry.outcome || entry.record.kind !== ObjectKind.ASSET) continue;
    if (organization) ctx.report(entry, Reasons.policiesSkippedCompleteOrganization(organization));
    else applyEffects(ctx, entry, entry.outcome);
  }
}

function applyEffects(ctx: PlanContext, entry: PlanEntry, outcome: WriteOutcome): void {
  if (!entry.policy) return;
  const attributes = entry.policy.subject.attributes;
  // Only a change is carried: null keeps the record's own attributes, which the commit reads from staging.
  if (canonicalJson(attributes) !== canonicalJson(entry.record.attributes)) outcome.attributes = { ...attributes };
  for (const effect of entry.policy.effects) {
    const policy = { uuid: effect.policyUuid, name: effect.policyName };
    const action = effect.action;
    if (action.type === PolicyActionType.SET_LIFECYCLE_STATE && outcome.lifecycle) {
      outcome.lifecycle = { ...outcome.lifecycle, state: action.state };
    }
    if (action.type !== PolicyActionType.REJECT) {
      ctx.report(entry, Reasons.policyApplied(policy, describeEffect(action, outcome.lifecycle !== null)));
    }
  }
}

function describeEffect(action: PolicyAction, hasLifecycle: boolean): string {
  switch (action.type) {
    case PolicyActionType.SET_ATTRIBUTE:
      return `set attribute ${action.attribute} to ${JSON.stringify(action.value)}`;
    case PolicyActionType.SET_LIFECYCLE_STATE:
      return hasLifecycle
        ? `set the lifecycle state to ${action.state}`
        : `would set the lifecycle state to ${action.state}, but no lifecycle model governs the asset here`;
    case PolicyActionType.REJECT:
      return `rejected it: ${action.message}`;
  }
}
