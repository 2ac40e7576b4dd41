import { PlanContext, type PlanEntry, type ResolvedLink } from './planContext.js';
import { planDigest } from './planDigest.js';
import { type OwnCheck, dependencyRule } from './rules/dependencyRule.js';
import { lifecycleRule } from './rules/lifecycleRule.js';
import { ownerRule } from './rules/ownerRule.js';
import { permissionRule } from './rules/permissionRule.js';
import { policyEffectsRule } from './rules/policyEffectsRule.js';
import { policyRule } from './rules/policyRule.js';
import { selectionRule } from './rules/selectionRule.js';
import { stageRule } from './rules/stageRule.js';
import { systemGroupRule } from './rules/systemGroupRule.js';
import { timestampRule } from './rules/timestampRule.js';
import { unresolvedReferenceRule } from './rules/unresolvedReferenceRule.js';
import { userGroupsRule } from './rules/userGroupsRule.js';
import { versionRule } from './rules/versionRule.js';
import {
  type Decision,
  ImportAction,
  type Plan,
  type PlanInput,
  ReferenceResolution,
  type ResolvedReference,
  type WriteOutcome,
} from './types.js';

/** Checks of an object on its own, in reporting order; the policy check runs only when the others passed. */
const OWN_CHECKS: readonly OwnCheck[] = [
  systemGroupRule,
  permissionRule,
  stageRule,
  unresolvedReferenceRule,
  policyRule,
];

/** What a written object will hold; lifecycle before policy effects, which may set the state. */
const OUTCOME_RULES: readonly ((ctx: PlanContext) => void)[] = [
  ownerRule,
  userGroupsRule,
  lifecycleRule,
  versionRule,
  policyEffectsRule,
];

/**
 * Decides, for every staged object, CREATE / REPLACE / IGNORE / REJECT / SKIP with all its reasons, and the
 * problems that block the whole import. Pure, synchronous and deterministic: equal inputs give equal plans (and
 * digests), so preview and commit agree. O(objects + links).
 *
 * Phases: timestamps and selection; own checks, dependency closure and cascade; then owner, groups, lifecycle,
 * versions and policy effects of what is finally written.
 */
export function planImport(input: PlanInput): Plan {
  const ctx = new PlanContext(input);
  timestampRule(ctx);
  selectionRule(ctx);
  dependencyRule(ctx, OWN_CHECKS);
  for (const entry of ctx.entries) if (entry.written) entry.outcome = initialOutcome(ctx, entry);
  for (const rule of OUTCOME_RULES) rule(ctx);
  const decisions = ctx.entries.map(toDecision);
  const blocking = ctx.blocking;
  return { decisions, blocking, counts: countActions(decisions), digest: planDigest(decisions, blocking) };
}

/** The record as it is (its own attributes: null), owned by the importer: the outcome rules refine it. */
function initialOutcome(ctx: PlanContext, _entry: PlanEntry): WriteOutcome {
  return { ownerUuid: ctx.actor.uuid, lifecycle: null, previousVersion: null, attributes: null, groups: null };
}

function toDecision(entry: PlanEntry): Decision {
  const { record } = entry;
  return {
    uuid: record.uuid,
    kind: record.kind,
    name: record.name,
    line: entry.object.line,
    action: entry.action,
    reasons: entry.reasons,
    selectedByDefault: entry.selectedByDefault,
    selected: entry.selected,
    includedBy: entry.includedBy,
    existing: entry.existing ? { timestamp: entry.existing.timestamp } : null,
    references: record.references.map(
      (r, i): ResolvedReference => ({ name: r.name, target: r.target, resolution: resolve(entry.links[i]) }),
    ),
    outcome: entry.outcome,
  };
}

/** linksOf lists the explicit references first, in order: reference i is link i. */
function resolve(link: ResolvedLink): ReferenceResolution {
  if (link.entry?.written) return ReferenceResolution.ARCHIVE;
  return link.inRegistry ? ReferenceResolution.REGISTRY : ReferenceResolution.UNRESOLVED;
}

function countActions(decisions: readonly Decision[]): Record<ImportAction, number> {
  const counts = { CREATE: 0, REPLACE: 0, IGNORE: 0, REJECT: 0, SKIP: 0 } as Record<ImportAction, number>;
  for (const d of decisions) counts[d.action]++;
  return counts;
}
