import type { PlanContext, PlanEntry } from '../planContext.js';
import { Reasons } from '../reasonCodes.js';
import { ImportAction } from '../types.js';

/** Own check. A required link to an object neither in the archive nor in the registry: SKIP; the import goes on. */
export function unresolvedReferenceRule(ctx: PlanContext, entry: PlanEntry): void {
  let missing: Map<string, string> | undefined;
  for (const link of entry.links) {
    if (!link.required || link.entry || link.inRegistry) continue;
    missing ??= new Map();
    if (!missing.has(link.target)) missing.set(link.target, link.role);
  }
  if (!missing) return;
  const list = [...missing].map(([uuid, role]) => ({ uuid, role }));
  ctx.fail(entry, ImportAction.SKIP, Reasons.unresolvedReference(list));
}
