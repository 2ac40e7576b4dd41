import type { KindFieldsMap } from '../../../domain/kindFields.js';
import { ObjectKind } from '../../../domain/objectKind.js';
import { attributeProfile, checkAttributes, kindValidators } from '../../../registry/validation/kindValidators.js';
import { draftLinks, type LinkLookup } from '../../../registry/validation/linkedObjects.js';
import { Problems } from '../../../registry/validation/problems.js';
import { checkCommonFields, checkOrganization } from '../../../registry/validation/validateDraft.js';
import type { PlanContext, PlanEntry } from '../planContext.js';
import { recordDraft } from '../recordDraft.js';
import { Reasons } from '../reasonCodes.js';
import { ImportAction } from '../types.js';
import { compareInstants } from './timestampRule.js';

const NOTHING_LINKED: LinkLookup = new Map();

/**
 * Own check. An object is written only if the API would accept it: the validators of createObject/updateObject
 * (registry/validation) run on the record, against the registry as it will be after the import:
 * - the kind-field checks of its kind (lifecycle models' states, policies' conditions, e-mail addresses, ...);
 * - every kind but an organization names its organization (the API fills in the caller's; an archive must carry
 *   it), which must then resolve like any link: in the archive or in the registry;
 * - every UUID it links to must have the kind the link needs, be the target in the archive or in the registry
 *   (an asset's objectType an OBJECT_TYPE, its organization an ORGANIZATION, ...), and a registry object with its
 *   own UUID must be of its kind;
 * - an asset's attributes against the attribute definitions of its type as they will hold: the archive's copy of
 *   the type when the timestamps and the selection write it and it is valid itself, else the registry's;
 * - a previous version must be of the record's kind, and an asset's an asset of the same type (the archive's copy
 *   when the archive holds it, else the registry's).
 * A failure REJECTs it with INVALID_OBJECT listing the problems. It sees the registry through PlanContext.seen, so
 * what the importer may not view is absent here too: no problem names its kind or its definitions.
 *
 * What is not checked here, being decided elsewhere: a link's target missing (unresolvedReferenceRule), the
 * owner, the previous version's existence (versionRule) and the lifecycle state (lifecycleRule).
 */
export function validationRule(ctx: PlanContext, entry: PlanEntry): void {
  const { record } = entry;
  const problems = new Problems();
  if (entry.existing && entry.existing.kind !== record.kind) {
    problems.add('kind', `this registry holds ${record.uuid} as a ${entry.existing.kind}; an import never changes a kind`);
  }
  const draft = recordDraft(record);
  checkCommonFields(draft, problems);
  checkOrganization(draft, problems);
  const validator = kindValidators[record.kind];
  for (const link of draftLinks(draft, validator.links(draft))) {
    const kind = ctx.archive(link.uuid)?.record.kind ?? ctx.seen(link.uuid)?.kind;
    if (kind && !link.kinds.includes(kind)) problems.add(link.path, `${link.uuid} is a ${kind}, expected ${link.kinds.join(' or ')}`);
  }
  checkPreviousVersion(ctx, entry, problems);
  if (record.kind === ObjectKind.ASSET) checkAsset(ctx, entry, problems);
  else validator.check(draft, NOTHING_LINKED, problems);
  if (!problems.empty) ctx.fail(entry, ImportAction.REJECT, Reasons.invalidObject(problems.list));
}

/** The API's rule for assets ("a version of an asset of the same type"), and for every kind: a version of its kind. */
function checkPreviousVersion(ctx: PlanContext, { record }: PlanEntry, problems: Problems): void {
  const previous = record.previousVersion;
  if (!previous || previous === record.uuid) return;
  const archived = ctx.archive(previous);
  const registered = archived ? undefined : ctx.seen(previous);
  const kind = archived?.record.kind ?? registered?.kind;
  // An asset's previous version of another kind is reported with its links (expected ASSET).
  if (record.kind !== ObjectKind.ASSET) {
    if (kind && kind !== record.kind) problems.add('previousVersion', `${previous} is a ${kind}, expected ${record.kind}`);
    return;
  }
  if (kind !== ObjectKind.ASSET) return;
  const type = archived ? ctx.run.versionTypes.get(previous) : registered?.objectType;
  const own = (record.fields as KindFieldsMap['ASSET']).objectType;
  if (type !== undefined && type !== own) {
    problems.add('previousVersion', `must be a version of an asset of the same type: ${previous} is of type ${type}, not ${own}`);
  }
}

function checkAsset(ctx: PlanContext, entry: PlanEntry, problems: Problems): void {
  const definitions = typeDefinitions(ctx, (entry.record.fields as KindFieldsMap['ASSET']).objectType);
  const profile = entry.object.attributeProfile === undefined ? attributeProfile(entry.record.attributes) : entry.object.attributeProfile;
  if (definitions && profile) checkAttributes(profile, definitions, problems);
}

/** The attribute definitions the type will have after the import, or undefined when no type is known. */
function typeDefinitions(ctx: PlanContext, typeUuid: string) {
  const archived = ctx.run.archiveTypes.get(typeUuid);
  const registered = ctx.seen(typeUuid);
  // An invalid archive copy is REJECTed, never written: the type stays as the registry holds it. With no registry
  // copy there are no definitions at all, and the asset, which needs its type, is not imported (the cascade).
  if (archived && (!registered || archiveCopyWritten(ctx, typeUuid, archived.timestamp, registered.timestamp))) {
    return archived.valid ? archived.definitions : registered?.kind === ObjectKind.OBJECT_TYPE ? registered.attributeDefinitions : undefined;
  }
  return registered?.kind === ObjectKind.OBJECT_TYPE ? registered.attributeDefinitions : undefined;
}

/** Whether the archive's copy replaces the registry's: newer (or allowReplace), and selected (or by default). */
function archiveCopyWritten(ctx: PlanContext, uuid: string, archive: string, registry: string): boolean {
  const order = compareInstants(archive, registry);
  const selection = ctx.input.selection;
  if (selection !== null) return selection.has(uuid) && (order > 0 || (order < 0 && ctx.options.allowReplace));
  return order > 0;
}
