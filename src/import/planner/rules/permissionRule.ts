import type { KindFieldsMap } from '../../../domain/kindFields.js';
import { ObjectKind, Role } from '../../../domain/objectKind.js';
import type { PlanContext, PlanEntry } from '../planContext.js';
import { Reasons } from '../reasonCodes.js';
import { type Actor, ImportAction } from '../types.js';

/**
 * Own check. Creating needs CREATE for the type in the organization, replacing needs EDIT on the registry's copy
 * (and that copy must be editable). Object types also need TYPE_ADMINISTRATOR (or REGISTRY_ADMINISTRATOR);
 * organizations and users need REGISTRY_ADMINISTRATOR. Without it the object is ignored: SKIP, not an error.
 */
export function permissionRule(ctx: PlanContext, entry: PlanEntry): void {
  const { record, existing } = entry;
  const role = missingRole(record.kind, ctx.actor);
  if (role) ctx.fail(entry, ImportAction.SKIP, Reasons.permissionDenied({ role }));
  if (entry.timestampAction === ImportAction.CREATE) {
    const typeKey = typeKeyOf(entry);
    const organization = record.organization?.uuid ?? null;
    if (!ctx.actor.canCreate(typeKey, organization)) {
      ctx.fail(entry, ImportAction.SKIP, Reasons.permissionDenied({ right: 'CREATE', typeKey, organization }));
    }
    return;
  }
  if (existing && !existing.editable) ctx.fail(entry, ImportAction.SKIP, Reasons.notEditable());
  if (!ctx.actor.canEdit(record.uuid)) ctx.fail(entry, ImportAction.SKIP, Reasons.permissionDenied({ right: 'EDIT' }));
}

/** The object type UUID for assets, the kind name for everything else. */
export function typeKeyOf(entry: PlanEntry): string {
  const { record } = entry;
  return record.kind === ObjectKind.ASSET ? (record.fields as KindFieldsMap['ASSET']).objectType : record.kind;
}

function missingRole(kind: ObjectKind, actor: Actor): Role | null {
  const admin = actor.hasRole(Role.REGISTRY_ADMINISTRATOR);
  if (kind === ObjectKind.OBJECT_TYPE) {
    return admin || actor.hasRole(Role.TYPE_ADMINISTRATOR) ? null : Role.TYPE_ADMINISTRATOR;
  }
  if (kind === ObjectKind.ORGANIZATION || kind === ObjectKind.USER) return admin ? null : Role.REGISTRY_ADMINISTRATOR;
  return null;
}
