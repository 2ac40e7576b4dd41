import { ObjectKind } from '../../../domain/objectKind.js';
import type { KindFieldsMap } from '../../../domain/kindFields.js';
import type { PlanContext, PlanEntry } from '../planContext.js';
import { Reasons } from '../reasonCodes.js';
import { ImportAction } from '../types.js';

/** System groups exist in every registry with their own members: one is never imported (own check). */
export function systemGroupRule(ctx: PlanContext, entry: PlanEntry): void {
  if (entry.record.kind !== ObjectKind.GROUP) return;
  const archiveSystem = (entry.record.fields as KindFieldsMap['GROUP']).system;
  if (archiveSystem || entry.existing?.system === true) {
    ctx.fail(entry, ImportAction.SKIP, Reasons.systemGroupNotImported());
  }
}
