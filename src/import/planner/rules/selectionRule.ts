import type { PlanContext, PlanRun } from '../planContext.js';
import { Reasons } from '../reasonCodes.js';

/**
 * Orchestrator's defaults: objects absent from the registry or newer than its copy are selected by default;
 * older and identical ones are not (even with allowReplace), but the user may select them. An explicit selection
 * is taken exactly.
 */
export function selectionRule(ctx: PlanContext): void {
  const selection = ctx.input.selection;
  for (const entry of ctx.entries) {
    entry.selectedByDefault = entry.verdict === 'ABSENT' || entry.verdict === 'NEWER';
    entry.selected = selection === null ? entry.selectedByDefault : selection.has(entry.record.uuid);
  }
}

/** Once, before any page: UUIDs an explicit selection names that the archive lacks block the import. */
export function blockUnknownSelection(run: PlanRun, selection: readonly string[] | null): void {
  const unknown = new Set<string>();
  for (const uuid of selection ?? []) if (run.skeleton.index(uuid) === undefined) unknown.add(uuid);
  if (unknown.size > 0) run.blocking.push(Reasons.selectionUnknownObject([...unknown]));
}
