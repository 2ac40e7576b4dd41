import type { KindFieldsMap } from '../../../domain/kindFields.js';
import { ObjectKind } from '../../../domain/objectKind.js';
import type { PlanContext } from '../planContext.js';
import { Reasons } from '../reasonCodes.js';

/**
 * Identity is the UUID, so an archive object never merges with a registry object of the same kind and name but
 * another UUID: importing it makes a second one. The preview says so, naming the object, so a person sees the
 * duplicate before committing. A warning that decides nothing. Not for system groups (every registry has its own
 * "Everyone"), nor for objects the importer may not view.
 */
export function sameNameRule(ctx: PlanContext): void {
  for (const entry of ctx.entries) {
    const { record } = entry;
    if (record.kind === ObjectKind.GROUP && (record.fields as KindFieldsMap['GROUP']).system) continue;
    const others = ctx.registry
      .namesakes(record.kind, record.name)
      .filter((o) => o.uuid !== record.uuid && ctx.actor.canView(o.uuid))
      .map((o) => ({ uuid: o.uuid, name: o.name }));
    if (others.length > 0) ctx.report(entry, Reasons.sameNameOtherUuid(record.kind, record.name, others));
  }
}
