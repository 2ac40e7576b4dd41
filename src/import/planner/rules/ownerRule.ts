import { ObjectKind } from '../../../domain/objectKind.js';
import type { EntryRef, PlanContext, PlanEntry } from '../planContext.js';
import { invariant } from '../invariant.js';
import { Flag } from '../planSkeleton.js';
import { LISTED_MAX, type Ref, ReasonCode, reasonCodeOf, Reasons } from '../reasonCodes.js';
import { ImportAction, type WriteOutcome } from '../types.js';

/**
 * Who owns each written object. Without keepCurrentOwner (or without a recorded owner) the importing user does.
 * With it: when the owner's own USER record in the archive is ignored as conflicting (the seed: "disregarded if a
 * conflicting user is ignored at import"), that is, REJECTed or refused (SKIP by a check or a dependency), the
 * option is disregarded and the importing user owns the object. A record IGNOREd as identical to the registry's,
 * or merely left unselected, conflicts with nothing: the owner stays when a user with that UUID exists in the
 * registry or is written by this import; otherwise the whole import is blocked.
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
  const refusal = ownerUser ? refusalOf(ctx, ownerUser) : null;
  if (refusal) {
    outcome.ownerUuid = actor.uuid;
    ctx.report(entry, Reasons.ownerOptionDisregarded(ownerRef, actor, ownerUser!.action, refusal));
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

/**
 * Why an archive object is rejected or refused (a reason code), or null when it is written, ignored or only not
 * selected. Read from the skeleton, so it holds for an object on another page as well.
 */
function refusalOf(ctx: PlanContext, ref: EntryRef): string | null {
  const s = ctx.run.skeleton;
  const i = ref.index;
  if (ref.action !== ImportAction.REJECT && ref.action !== ImportAction.SKIP) return null;
  if (ref.timestampAction === ImportAction.REJECT) return ReasonCode.OLDER_IN_ARCHIVE;
  if (!s.has(i, Flag.REQUESTED)) return null;
  if (s.failure[i]) {
    const code = reasonCodeOf(s.failureReason[i]!);
    invariant(code !== null, `no reason recorded for the failure of ${ref.record.uuid}`);
    return code;
  }
  return s.has(i, Flag.ALIVE) ? null : ReasonCode.DEPENDENCY_NOT_IMPORTED;
}
