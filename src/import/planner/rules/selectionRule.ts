import type { PlanContext, PlanRun } from '../planContext.js';
import { Reasons } from '../reasonCodes.js';

/**
 * Orchestrator's defaults: objects absent from the registry or newer than its copy are selected by default;
 * identical ones are not, nor older ones unless allowReplace (the seed: the existing object "is overwritten
 * automatically even if the imported object is older"). The user may select any of them. An explicit selection
 * is taken exactly.
 */
export function selectionRule(ctx: PlanContext): void {
  const selection = ctx.input.selection;
  const allowReplace = ctx.options.allowReplace;
  for (const entry of ctx.entries) {
    entry.selectedByDefault =
      entry.verdict === 'ABSENT' || entry.verdict === 'NEWER' || (entry.verdict === 'OLDER' && allowReplace);
    entry.selected = selection === null ? entry.selectedByDefault : selection.has(entry.record.uuid);
  }
}

/** Once, before any page: UUIDs an explicit selection names that the archive lacks block the import. */
export function blockUnknownSelection(run: PlanRun, selection: readonly string[] | null): void {
  const unknown = new Set<string>();
  for (const uuid of selection ?? []) if (run.skeleton.index(uuid) === undefined) unknown.add(uuid);
  if (unknown.size > 0) run.blocking.push(Reasons.selectionUnknownObject([...unknown]));
}
