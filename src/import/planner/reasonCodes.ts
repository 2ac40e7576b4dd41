import type { Role } from '../../domain/objectKind.js';
import { describeRoleChange, type RoleChange } from '../../domain/roleChanges.js';
import type { Reason, ReasonSeverity } from './types.js';

/** Every reason the planner gives, as a stable code. Each has exactly one builder in `Reasons` below. */
export const ReasonCode = {
  NEW_OBJECT: 'NEW_OBJECT',
  NEWER_IN_ARCHIVE: 'NEWER_IN_ARCHIVE',
  IDENTICAL_TIMESTAMP: 'IDENTICAL_TIMESTAMP',
  IDENTICAL_TIMESTAMP_CONTENT_DIFFERS: 'IDENTICAL_TIMESTAMP_CONTENT_DIFFERS',
  OLDER_IN_ARCHIVE: 'OLDER_IN_ARCHIVE',
  NOT_SELECTED: 'NOT_SELECTED',
  SELECTION_UNKNOWN_OBJECT: 'SELECTION_UNKNOWN_OBJECT',
  INCLUDED_AS_DEPENDENCY: 'INCLUDED_AS_DEPENDENCY',
  UNRESOLVED_REFERENCE: 'UNRESOLVED_REFERENCE',
  DEPENDENCY_NOT_IMPORTED: 'DEPENDENCY_NOT_IMPORTED',
  PERMISSION_DENIED: 'PERMISSION_DENIED',
  NOT_EDITABLE: 'NOT_EDITABLE',
  ROLE_CHANGE_FORBIDDEN: 'ROLE_CHANGE_FORBIDDEN',
  UUID_UNAVAILABLE: 'UUID_UNAVAILABLE',
  STAGE_RESTRICTED: 'STAGE_RESTRICTED',
  INVALID_OBJECT: 'INVALID_OBJECT',
  FUTURE_TIMESTAMP: 'FUTURE_TIMESTAMP',
  POLICY_VETO: 'POLICY_VETO',
  POLICY_APPLIED: 'POLICY_APPLIED',
  POLICIES_SKIPPED_COMPLETE_ORGANIZATION: 'POLICIES_SKIPPED_COMPLETE_ORGANIZATION',
  OWNER_KEPT: 'OWNER_KEPT',
  OWNER_IS_IMPORTER: 'OWNER_IS_IMPORTER',
  OWNER_OPTION_DISREGARDED: 'OWNER_OPTION_DISREGARDED',
  OWNER_NOT_FOUND: 'OWNER_NOT_FOUND',
  GROUP_IMPORTED_WITH_USER: 'GROUP_IMPORTED_WITH_USER',
  SYSTEM_GROUP_NOT_IMPORTED: 'SYSTEM_GROUP_NOT_IMPORTED',
  GROUP_MEMBERSHIP_DROPPED: 'GROUP_MEMBERSHIP_DROPPED',
  USER_GROUP_NOT_IMPORTED: 'USER_GROUP_NOT_IMPORTED',
  LIFECYCLE_STATE_KEPT: 'LIFECYCLE_STATE_KEPT',
  LIFECYCLE_INITIAL_STATE: 'LIFECYCLE_INITIAL_STATE',
  LIFECYCLE_IGNORED: 'LIFECYCLE_IGNORED',
  VERSION_LINKED: 'VERSION_LINKED',
  VERSION_STANDALONE: 'VERSION_STANDALONE',
  SAME_NAME_OTHER_UUID: 'SAME_NAME_OTHER_UUID',
} as const;
export type ReasonCode = (typeof ReasonCode)[keyof typeof ReasonCode];

const CODE_LIST = Object.values(ReasonCode) as ReasonCode[];
/** A reason code as a small number (1-based; 0 means none), for the plan skeleton's typed arrays. */
export const reasonCodeNumber = (code: string): number => CODE_LIST.indexOf(code as ReasonCode) + 1;
export const reasonCodeOf = (n: number): ReasonCode | null => CODE_LIST[n - 1] ?? null;

/** A UUID with its name when the planner knows one, for messages. */
export interface Ref {
  uuid: string;
  name?: string | null;
}

/** What a denied import lacked. */
export type PermissionNeed =
  | { role: Role }
  | { right: 'CREATE'; typeKey: string; organization: string | null }
  | { right: 'EDIT' };

export type InitialStateWhy = 'OPTION_OFF' | 'NO_STATE' | 'DIFFERENT_MODEL' | 'MODEL_NEW' | 'STATE_MISSING';

/**
 * Objects a reason lists at most (its UUIDs; its message names the first ten): the object type a million assets
 * link to would otherwise carry a million UUIDs in one decision. Messages say how many there are in all.
 */
export const LISTED_MAX = 100;
const NAMED_MAX = 10;

const show = (r: Ref): string => (r.name ? `"${r.name}" (${r.uuid})` : r.uuid);
const list = (refs: readonly Ref[], total = refs.length): string => {
  const named = refs.slice(0, NAMED_MAX).map(show).join(', ');
  return total > NAMED_MAX ? `${named} and ${total - NAMED_MAX} more` : named;
};
const ids = (refs: readonly Ref[]): string[] => refs.slice(0, LISTED_MAX).map((r) => r.uuid);

function reason(code: ReasonCode, severity: ReasonSeverity, message: string, uuids: string[] = []): Reason {
  return { code, severity, message, uuids, decisive: true };
}

const C = ReasonCode;

const INITIAL_STATE_WHY: Record<InitialStateWhy, string> = {
  OPTION_OFF: 'keepLifecycleState is not set',
  NO_STATE: 'the archive carries no lifecycle state for it',
  DIFFERENT_MODEL: 'its exported model is not the one governing its type here',
  MODEL_NEW: 'its exported model is in NEW status and governs nothing',
  STATE_MISSING: 'the governing model has no such state',
};

/** The one place each reason message is written (MikroORM-style named factories). */
export const Reasons = {
  newObject: (written = true) =>
    reason(
      C.NEW_OBJECT,
      'INFO',
      written ? 'Not in the registry: it is created.' : 'Not in the registry: it would be created, but it is not imported.',
    ),
  newerInArchive: (archive: string, registry: string, written = true) =>
    reason(
      C.NEWER_IN_ARCHIVE,
      'INFO',
      `Newer in the archive (${archive}) than in the registry (${registry}): ` +
        (written ? "it replaces the registry's copy." : "it would replace the registry's copy, but it is not imported."),
    ),
  identicalTimestamp: (timestamp: string) =>
    reason(C.IDENTICAL_TIMESTAMP, 'INFO', `Same timestamp (${timestamp}) as the registry's copy: it is ignored.`),
  identicalTimestampContentDiffers: (timestamp: string) =>
    reason(
      C.IDENTICAL_TIMESTAMP_CONTENT_DIFFERS,
      'WARNING',
      `Same timestamp (${timestamp}) as the registry's copy but different content: the copies have diverged; ` +
        "the registry's is kept.",
    ),
  olderInArchive: (archive: string, registry: string, allowReplace: boolean, written = true) =>
    allowReplace
      ? reason(
          C.OLDER_IN_ARCHIVE,
          'INFO',
          `Older in the archive (${archive}) than in the registry (${registry}), but allowReplace is set: ` +
            (written
              ? "it replaces the registry's copy although older."
              : "it would replace the registry's copy although older, but it is not imported."),
        )
      : reason(
          C.OLDER_IN_ARCHIVE,
          'WARNING',
          `Older in the archive (${archive}) than in the registry (${registry}): rejected; the import goes on ` +
            '(allowReplace would replace it).',
        ),
  notSelected: () => reason(C.NOT_SELECTED, 'INFO', 'Not selected, and no imported object needs it: not written.'),
  selectionUnknownObject: (uuids: string[]) =>
    reason(
      C.SELECTION_UNKNOWN_OBJECT,
      'ERROR',
      `The selection names objects not in the archive: ${uuids.join(', ')}.`,
      uuids,
    ),
  includedAsDependency: (by: Ref[], total = by.length) =>
    reason(C.INCLUDED_AS_DEPENDENCY, 'INFO', `Not selected, but imported because ${list(by, total)} link(s) to it.`, ids(by)),
  unresolvedReference: (missing: { uuid: string; role: string }[]) =>
    reason(
      C.UNRESOLVED_REFERENCE,
      'ERROR',
      `Links to objects found neither in the archive nor in the registry: ` +
        `${missing.map((m) => `${m.uuid} (${m.role})`).join(', ')}. It is not imported; the import goes on.`,
      missing.map((m) => m.uuid),
    ),
  dependencyNotImported: (deps: Ref[]) =>
    reason(
      C.DEPENDENCY_NOT_IMPORTED,
      'ERROR',
      `Needs ${list(deps)}, which only the archive holds and which is not imported: not imported either.`,
      ids(deps),
    ),
  permissionDenied: (need: PermissionNeed) =>
    reason(C.PERMISSION_DENIED, 'ERROR', `Ignored: the importing user lacks ${describeNeed(need)}.`),
  notEditable: () =>
    reason(C.NOT_EDITABLE, 'ERROR', "Ignored: the registry's copy came from an archive that forbids editing it."),
  uuidUnavailable: () =>
    reason(
      C.UUID_UNAVAILABLE,
      'ERROR',
      'Ignored: you may not write an object with this UUID in this registry. Ask an administrator to import it.',
    ),
  roleChangeForbidden: (change: RoleChange) =>
    reason(
      C.ROLE_CHANGE_FORBIDDEN,
      'ERROR',
      `Rejected: it would ${describeRoleChange(change)}; only a registry administrator may give, change or take away ` +
        "roles, a group's roles being its members'.",
      [...change.joined, ...change.left].slice(0, LISTED_MAX),
    ),
  stageRestricted: (address: string, allowed: string[]) =>
    reason(
      C.STAGE_RESTRICTED,
      'ERROR',
      `Its lifecycle state may only be promoted to ${allowed.join(', ')}; this registry is ${address}: rejected.`,
    ),
  invalidObject: (problems: readonly { path: string; message: string }[]) =>
    reason(
      C.INVALID_OBJECT,
      'ERROR',
      `Rejected: the registry's validation refuses it (${problems
        .slice(0, NAMED_MAX)
        .map((p) => `${p.path}: ${p.message}`)
        .join('; ')}${problems.length > NAMED_MAX ? ` and ${problems.length - NAMED_MAX} more problems` : ''}).`,
    ),
  futureTimestamp: (timestamp: string, maxSkewSeconds: number, refused: boolean) =>
    reason(
      C.FUTURE_TIMESTAMP,
      refused ? 'ERROR' : 'WARNING',
      `Its timestamp ${timestamp} is more than ${maxSkewSeconds} s in the future, so this copy would win every later ` +
        (refused ? 'conflict: rejected (REFUSE_FUTURE_TIMESTAMPS).' : 'conflict.'),
    ),
  policyVeto: (policy: Ref, message: string) =>
    reason(C.POLICY_VETO, 'ERROR', `Vetoed by policy ${show(policy)}: ${message}`, [policy.uuid]),
  policyApplied: (policy: Ref, effect: string) =>
    reason(C.POLICY_APPLIED, 'INFO', `Policy ${show(policy)} ${effect}.`, [policy.uuid]),
  policiesSkippedCompleteOrganization: (organization: string) =>
    reason(
      C.POLICIES_SKIPPED_COMPLETE_ORGANIZATION,
      'INFO',
      'The archive is a complete organization: no policies run.',
      [organization],
    ),
  ownerKept: (owner: Ref) =>
    reason(C.OWNER_KEPT, 'INFO', `keepCurrentOwner: ${show(owner)} stays the owner.`, [owner.uuid]),
  ownerIsImporter: (actor: Ref, hadOwner: boolean) =>
    reason(
      C.OWNER_IS_IMPORTER,
      'INFO',
      `${show(actor)}, the importing user, becomes the owner${hadOwner ? '' : ' (the archive names no owner)'}.`,
      [actor.uuid],
    ),
  ownerOptionDisregarded: (owner: Ref, actor: Ref, ownerAction: string, ownerReason: string) =>
    reason(
      C.OWNER_OPTION_DISREGARDED,
      'INFO',
      `keepCurrentOwner is disregarded: the owner's record ${show(owner)} is ignored as conflicting ` +
        `(${ownerAction}: ${ownerReason}), so ${show(actor)}, the importing user, owns it.`,
      [owner.uuid, actor.uuid],
    ),
  ownerNotFound: (owner: Ref, objects: Ref[], total = objects.length) =>
    reason(
      C.OWNER_NOT_FOUND,
      'ERROR',
      `keepCurrentOwner: the owner ${show(owner)} exists neither in the registry nor among the objects imported, ` +
        `so the import cannot proceed (owned: ${list(objects, total)}).`,
      [owner.uuid, ...ids(objects)],
    ),
  groupImportedWithUser: (users: Ref[], total = users.length) =>
    reason(
      C.GROUP_IMPORTED_WITH_USER,
      'INFO',
      `importUserGroups: imported with its member(s) ${list(users, total)}.`,
      ids(users),
    ),
  systemGroupNotImported: () =>
    reason(C.SYSTEM_GROUP_NOT_IMPORTED, 'INFO', 'A system group: every registry has its own, so it is never imported.'),
  groupMembershipDropped: (groups: Ref[], optionOff = false) =>
    reason(
      C.GROUP_MEMBERSHIP_DROPPED,
      'WARNING',
      `Memberships dropped, the groups will not exist in this registry: ${list(groups)}` +
        (optionOff ? ' (importUserGroups is not set: the groups the archive holds for its users are not imported).' : '.'),
      ids(groups),
    ),
  userGroupNotImported: (optionSet: boolean) =>
    reason(
      C.USER_GROUP_NOT_IMPORTED,
      'INFO',
      optionSet
        ? 'In the archive only because users belong to it, and none of them is imported: not imported.'
        : 'In the archive only because users belong to it, and importUserGroups is not set: not imported ' +
            '(select it to import it anyway).',
    ),
  lifecycleStateKept: (model: Ref, state: Ref) =>
    reason(
      C.LIFECYCLE_STATE_KEPT,
      'INFO',
      `keepLifecycleState: stays in state ${show(state)} of model ${show(model)}.`,
      [model.uuid, state.uuid],
    ),
  lifecycleInitialState: (model: Ref, state: Ref, why: InitialStateWhy) =>
    reason(
      C.LIFECYCLE_INITIAL_STATE,
      'INFO',
      `Enters the initial state ${show(state)} of model ${show(model)}: ${INITIAL_STATE_WHY[why]}.`,
      [model.uuid, state.uuid],
    ),
  lifecycleIgnored: (notAnAsset: boolean) =>
    reason(
      C.LIFECYCLE_IGNORED,
      'INFO',
      notAnAsset
        ? 'Only assets follow lifecycle models: its lifecycle state is ignored.'
        : 'No lifecycle model governs its type in this registry: its lifecycle state is ignored.',
    ),
  versionLinked: (previous: Ref) =>
    reason(C.VERSION_LINKED, 'INFO', `Keeps its link to the previous version ${show(previous)}.`, [previous.uuid]),
  versionStandalone: (previous: string) =>
    reason(
      C.VERSION_STANDALONE,
      'INFO',
      `Its previous version ${previous} is neither in the registry nor imported: it is imported standalone.`,
      [previous],
    ),
  sameNameOtherUuid: (kind: string, name: string, others: Ref[]) =>
    reason(
      C.SAME_NAME_OTHER_UUID,
      'WARNING',
      `The registry already has a ${kind} named "${name}" under another UUID: ${list(others)}. Identity is the UUID, ` +
        'so importing this one makes a second object, not an update of that one.',
      ids(others),
    ),
};

function describeNeed(need: PermissionNeed): string {
  if ('role' in need) return `the ${need.role} role`;
  if (need.right === 'EDIT') return "the EDIT right on the registry's copy";
  const where = need.organization ? `organization ${need.organization}` : 'no organization';
  return `the CREATE right for ${need.typeKey} in ${where}`;
}
