import type { PlanContext } from '../planContext.js';
import { Reasons } from '../reasonCodes.js';

/**
 * Orchestrator's defaults: objects absent from the registry or newer than its copy are selected by default;
 * older and identical ones are not (even with allowReplace), but the user may select them. An explicit selection
 * is taken exactly; UUIDs it names that the archive lacks block the import.
 */
export function selectionRule(ctx: PlanContext): void {
  for (const entry of ctx.entries) {
    entry.selectedByDefault = entry.verdict === 'ABSENT' || entry.verdict === 'NEWER';
  }
  const selection = ctx.input.selection;
  if (selection === null) {
    for (const entry of ctx.entries) entry.selected = entry.selectedByDefault;
    return;
  }
  const unknown = new Set<string>();
  for (const uuid of selection) {
    const entry = ctx.byUuid.get(uuid);
    if (entry) entry.selected = true;
    else unknown.add(uuid);
  }
  if (unknown.size > 0) ctx.block(Reasons.selectionUnknownObject([...unknown]));
}
