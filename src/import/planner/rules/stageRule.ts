import type { PlanContext, PlanEntry } from '../planContext.js';
import { Reasons } from '../reasonCodes.js';
import { ImportAction } from '../types.js';

/**
 * Own check. An object whose state had stages assigned at export may only land in a registry whose address is
 * one of those stages' addresses; anywhere else it is REJECTed (and what needs it cascades).
 */
export function stageRule(ctx: PlanContext, entry: PlanEntry): void {
  const allowed = entry.record.lifecycle?.stageAddresses ?? [];
  if (allowed.length === 0) return;
  const here = normalizeAddress(ctx.registry.address);
  if (allowed.some((address) => normalizeAddress(address) === here)) return;
  ctx.fail(entry, ImportAction.REJECT, Reasons.stageRestricted(ctx.registry.address, allowed));
}

/** Trimmed, without trailing slashes, scheme and host in lower case (paths stay case-sensitive). */
export function normalizeAddress(address: string): string {
  let text = address.trim();
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/i.exec(text);
  if (match) text = match[1].toLowerCase() + match[2].toLowerCase() + match[3];
  return text.replace(/\/+$/, '');
}
