import { ObjectKind } from '../../../domain/objectKind.js';
import type { PlanContext, PlanEntry } from '../planContext.js';
import { LISTED_MAX, type Ref, Reasons } from '../reasonCodes.js';
import { ImportAction, type WriteOutcome } from '../types.js';

/**
 * Who owns each written object. Without keepCurrentOwner (or without a recorded owner) the importing user does.
 * With it: when the owner's own USER record in the archive is ignored as conflicting (IGNORE or REJECT), the
 * option is disregarded and the importing user owns the object; otherwise the owner stays when a user with that
 * UUID exists in the registry or is written by this import; otherwise the whole import is blocked.
 */
export function ownerRule(ctx: PlanContext): void {
  const missing = ctx.run.missingOwners;
  for (const entry of ctx.entries) {
    if (!entry.outcome) continue;
    const lost = decideOwner(ctx, entry, entry.outcome);
    if (!lost) continue;
    const problem = missing.get(lost.uuid) ?? { owner: lost, objects: [], total: 0 };
    if (problem.objects.length < LISTED_MAX) problem.objects.push({ uuid: entry.record.uuid, name: entry.record.name });
    problem.total++;
    missing.set(lost.uuid, problem);
  }
}

/** Once every page is planned: each owner that exists nowhere blocks the import, with the objects it owns. */
export function blockMissingOwners(ctx: Pick<PlanContext, 'run' | 'block'>): void {
  for (const { owner, objects, total } of ctx.run.missingOwners.values()) ctx.block(Reasons.ownerNotFound(owner, objects, total));
}

/** Sets the owner; returns the owner when it exists nowhere. */
function decideOwner(ctx: PlanContext, entry: PlanEntry, outcome: WriteOutcome): Ref | null {
  const owner = entry.record.owner;
  const actor = ctx.actorRef();
  if (!ctx.options.keepCurrentOwner || !owner) {
    outcome.ownerUuid = actor.uuid;
    ctx.report(entry, Reasons.ownerIsImporter(actor, owner !== null));
    return null;
  }
  const ownerRef = { uuid: owner.uuid, name: owner.name };
  const ownerEntry = ctx.archive(owner.uuid);
  const ownerUser = ownerEntry?.record.kind === ObjectKind.USER ? ownerEntry : undefined;
  if (ownerUser && (ownerUser.action === ImportAction.IGNORE || ownerUser.action === ImportAction.REJECT)) {
    outcome.ownerUuid = actor.uuid;
    ctx.report(entry, Reasons.ownerOptionDisregarded(ownerRef, actor));
    return null;
  }
  outcome.ownerUuid = owner.uuid;
  if (ownerUser?.written || ctx.seen(owner.uuid)?.kind === ObjectKind.USER) {
    ctx.report(entry, Reasons.ownerKept(ownerRef));
    return null;
  }
  ctx.report(entry, Reasons.ownerNotFound(ownerRef, [{ uuid: entry.record.uuid, name: entry.record.name }]));
  return ownerRef;
}
