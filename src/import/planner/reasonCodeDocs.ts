import { Role } from '../../domain/objectKind.js';
import { ReasonCode, Reasons } from './reasonCodes.js';
import type { Reason } from './types.js';

/** What docs/import.md says of a reason code: where it is given, when, what it leads to, and a real message. */
export interface ReasonCodeDoc {
  /** The file under src/import/planner/ that gives it (a test checks it calls the code's builder). */
  rule: string;
  when: string;
  /** The action it leads to, or what else it does (blocks the import; describes what is written). */
  leadsTo: string;
  /** The reason as its builder writes it, with sample values. */
  example: () => Reason;
}

const UUID = '3f2b0c1e-7a44-4e0c-9d5e-1c2b3a4d5e6f';
const OTHER = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const WRITTEN = 'written (CREATE or REPLACE): describes what is written';

/**
 * Every reason code, documented (docs/import.md, "Reason codes", is generated from this: npm run docs:reasons;
 * test/planner/reasonCodeDocs.test.ts fails when it is stale). A Record over ReasonCode: a new code does not
 * compile without its entry.
 */
export const REASON_CODE_DOCS: Record<ReasonCode, ReasonCodeDoc> = {
  NEW_OBJECT: {
    rule: 'rules/timestampRule.ts',
    when: 'No registry object has its UUID (that the importer may view).',
    leadsTo: 'CREATE; a fact, not what decided, when the object is not written',
    example: () => Reasons.newObject(),
  },
  NEWER_IN_ARCHIVE: {
    rule: 'rules/timestampRule.ts',
    when: "The archive's timestamp is later than the registry's copy's.",
    leadsTo: 'REPLACE',
    example: () => Reasons.newerInArchive('2026-03-02T10:00:00.000Z', '2026-03-01T10:00:00.000Z'),
  },
  IDENTICAL_TIMESTAMP: {
    rule: 'rules/timestampRule.ts',
    when: "The timestamps are the same instant.",
    leadsTo: 'IGNORE',
    example: () => Reasons.identicalTimestamp('2026-03-01T10:00:00.000Z'),
  },
  IDENTICAL_TIMESTAMP_CONTENT_DIFFERS: {
    rule: 'rules/timestampRule.ts',
    when: 'Same timestamp, but the content differs from the registry copy’s (warning: the copies diverged).',
    leadsTo: 'IGNORE',
    example: () => Reasons.identicalTimestampContentDiffers('2026-03-01T10:00:00.000Z'),
  },
  OLDER_IN_ARCHIVE: {
    rule: 'rules/timestampRule.ts',
    when: "The archive's timestamp is earlier than the registry copy's.",
    leadsTo: 'REJECT; REPLACE with allowReplace (then selected by default too)',
    example: () => Reasons.olderInArchive('2026-03-01T10:00:00.000Z', '2026-03-02T10:00:00.000Z', false),
  },
  NOT_SELECTED: {
    rule: 'rules/dependencyRule.ts',
    when: 'Outside the selection (explicit, or the default: new, newer, and with allowReplace older objects), and no written object needs it.',
    leadsTo: 'SKIP',
    example: () => Reasons.notSelected(),
  },
  SELECTION_UNKNOWN_OBJECT: {
    rule: 'rules/selectionRule.ts',
    when: 'An explicit selection names UUIDs the archive does not hold.',
    leadsTo: 'blocks the import',
    example: () => Reasons.selectionUnknownObject([UUID]),
  },
  INCLUDED_AS_DEPENDENCY: {
    rule: 'rules/dependencyRule.ts',
    when: 'Not selected, but a written object links to it and only the archive holds it.',
    leadsTo: 'CREATE or REPLACE',
    example: () => Reasons.includedAsDependency([{ uuid: UUID, name: 'orders-api' }]),
  },
  UNRESOLVED_REFERENCE: {
    rule: 'rules/unresolvedReferenceRule.ts',
    when: 'A required link (reference, organization, object type, member, ...) points at an object in neither the archive nor the registry.',
    leadsTo: 'SKIP; what needs it cascades (DEPENDENCY_NOT_IMPORTED)',
    example: () => Reasons.unresolvedReference([{ uuid: UUID, role: 'reference:uses' }]),
  },
  DEPENDENCY_NOT_IMPORTED: {
    rule: 'rules/dependencyRule.ts',
    when: 'It needs an object only the archive holds, and that object is not imported.',
    leadsTo: 'SKIP',
    example: () => Reasons.dependencyNotImported([{ uuid: UUID, name: 'orders-api' }]),
  },
  PERMISSION_DENIED: {
    rule: 'rules/permissionRule.ts',
    when: 'The importer lacks a role (object types, organizations, users) or the CREATE or EDIT right it needs.',
    leadsTo: 'SKIP',
    example: () => Reasons.permissionDenied({ role: Role.REGISTRY_ADMINISTRATOR }),
  },
  NOT_EDITABLE: {
    rule: 'rules/permissionRule.ts',
    when: "The registry's copy came from an archive that forbids editing it.",
    leadsTo: 'SKIP',
    example: () => Reasons.notEditable(),
  },
  ROLE_CHANGE_FORBIDDEN: {
    rule: 'rules/roleGrantRule.ts',
    when: "A user or group would gain, change or lose roles or memberships, and the importer is not a registry administrator.",
    leadsTo: 'REJECT',
    example: () => Reasons.roleChangeForbidden({ given: [Role.REGISTRY_ADMINISTRATOR], taken: [], joined: [], left: [] }),
  },
  UUID_UNAVAILABLE: {
    rule: 'rules/hiddenObjectRule.ts',
    when: 'The registry holds an object with this UUID that the importer may not view (nothing else failed).',
    leadsTo: 'SKIP',
    example: () => Reasons.uuidUnavailable(),
  },
  STAGE_RESTRICTED: {
    rule: 'rules/stageRule.ts',
    when: "Its lifecycle state was assigned stages at export, and this registry's address is none of them.",
    leadsTo: 'REJECT',
    example: () => Reasons.stageRestricted('https://test.example.com/graphql', ['https://prod.example.com/graphql']),
  },
  INVALID_OBJECT: {
    rule: 'rules/validationRule.ts',
    when: "The API's own validators refuse the record against the registry as it will be after the import: no organization (every kind but an organization needs one), a missing or undefined attribute, a value of the wrong type, a link to the wrong kind, a changed kind, a previousVersion naming itself or an object of another kind or type, a policy condition beyond its bounds.",
    leadsTo: 'REJECT',
    example: () => Reasons.invalidObject([{ path: 'attributes.port', message: 'must be an INTEGER' }]),
  },
  FUTURE_TIMESTAMP: {
    rule: 'rules/futureTimestampRule.ts',
    when: 'Its timestamp is more than MAX_FUTURE_SKEW_SECONDS (default a day) ahead of the registry\'s clock.',
    leadsTo: 'a warning; REJECT with REFUSE_FUTURE_TIMESTAMPS=true',
    example: () => Reasons.futureTimestamp('2036-03-01T10:00:00.000Z', 86400, false),
  },
  POLICY_VETO: {
    rule: 'rules/policyRule.ts',
    when: "A policy of this registry rejects the asset (PRE/POST_CREATE or _UPDATE); not for a complete organization.",
    leadsTo: 'REJECT',
    example: () => Reasons.policyVeto({ uuid: OTHER, name: 'no test endpoints' }, 'endpoint must not point at a test host'),
  },
  POLICY_APPLIED: {
    rule: 'rules/policyEffectsRule.ts',
    when: 'A policy sets an attribute or the lifecycle state of a written asset.',
    leadsTo: WRITTEN,
    example: () => Reasons.policyApplied({ uuid: OTHER, name: 'tag imports' }, 'set attribute source to "import"'),
  },
  POLICIES_SKIPPED_COMPLETE_ORGANIZATION: {
    rule: 'rules/policyEffectsRule.ts',
    when: 'The archive is a complete organization: no policy runs.',
    leadsTo: WRITTEN,
    example: () => Reasons.policiesSkippedCompleteOrganization(OTHER),
  },
  OWNER_KEPT: {
    rule: 'rules/ownerRule.ts',
    when: 'keepCurrentOwner, and the owner exists here (its record ignored as identical, say) or is imported.',
    leadsTo: WRITTEN,
    example: () => Reasons.ownerKept({ uuid: UUID, name: 'ada' }),
  },
  OWNER_IS_IMPORTER: {
    rule: 'rules/ownerRule.ts',
    when: 'Without keepCurrentOwner, or when the archive names no owner.',
    leadsTo: WRITTEN,
    example: () => Reasons.ownerIsImporter({ uuid: OTHER, name: 'importer' }, true),
  },
  OWNER_OPTION_DISREGARDED: {
    rule: 'rules/ownerRule.ts',
    when: "keepCurrentOwner, but the owner's record in the archive is rejected or refused (a conflicting user ignored).",
    leadsTo: WRITTEN,
    example: () => Reasons.ownerOptionDisregarded({ uuid: UUID, name: 'ada' }, { uuid: OTHER, name: 'importer' }, 'REJECT', 'OLDER_IN_ARCHIVE'),
  },
  OWNER_NOT_FOUND: {
    rule: 'rules/ownerRule.ts',
    when: 'keepCurrentOwner, and the owner exists neither here nor among the objects imported.',
    leadsTo: 'blocks the import (and is given on each object it owns)',
    example: () => Reasons.ownerNotFound({ uuid: UUID, name: 'ada' }, [{ uuid: OTHER, name: 'orders-api' }]),
  },
  GROUP_IMPORTED_WITH_USER: {
    rule: 'rules/dependencyRule.ts',
    when: 'importUserGroups, and a written user belongs to this user-defined group.',
    leadsTo: 'CREATE or REPLACE',
    example: () => Reasons.groupImportedWithUser([{ uuid: UUID, name: 'ada' }]),
  },
  SYSTEM_GROUP_NOT_IMPORTED: {
    rule: 'rules/systemGroupRule.ts',
    when: 'A system group (e.g. Everyone), in the archive or in the registry.',
    leadsTo: 'SKIP',
    example: () => Reasons.systemGroupNotImported(),
  },
  GROUP_MEMBERSHIP_DROPPED: {
    rule: 'rules/userGroupsRule.ts',
    when: 'A written user belongs to groups that will not exist here.',
    leadsTo: WRITTEN,
    example: () => Reasons.groupMembershipDropped([{ uuid: UUID, name: 'reviewers' }], true),
  },
  USER_GROUP_NOT_IMPORTED: {
    rule: 'rules/dependencyRule.ts',
    when: 'Under the default selection, a user-defined group the archive holds only because its users belong to it (not asked for by the export, not of a complete organization, needed by nothing else), and importUserGroups is off or none of its users is written.',
    leadsTo: 'SKIP',
    example: () => Reasons.userGroupNotImported(false),
  },
  LIFECYCLE_STATE_KEPT: {
    rule: 'rules/lifecycleRule.ts',
    when: 'keepLifecycleState, and the exported productive or retired model governs its type here and has the state.',
    leadsTo: WRITTEN,
    example: () => Reasons.lifecycleStateKept({ uuid: UUID, name: 'Service lifecycle' }, { uuid: OTHER, name: 'Live' }),
  },
  LIFECYCLE_INITIAL_STATE: {
    rule: 'rules/lifecycleRule.ts',
    when: "A model governs its type here, but the exported state is not kept: it enters the model's initial state.",
    leadsTo: WRITTEN,
    example: () => Reasons.lifecycleInitialState({ uuid: UUID, name: 'Service lifecycle' }, { uuid: OTHER, name: 'Designed' }, 'OPTION_OFF'),
  },
  LIFECYCLE_IGNORED: {
    rule: 'rules/lifecycleRule.ts',
    when: 'No model governs its type here (or it is not an asset): its lifecycle state is ignored.',
    leadsTo: WRITTEN,
    example: () => Reasons.lifecycleIgnored(false),
  },
  VERSION_LINKED: {
    rule: 'rules/versionRule.ts',
    when: 'Its previous version is here or imported.',
    leadsTo: WRITTEN,
    example: () => Reasons.versionLinked({ uuid: UUID, name: 'orders-api 1.0' }),
  },
  VERSION_STANDALONE: {
    rule: 'rules/versionRule.ts',
    when: 'Its previous version is neither here nor imported.',
    leadsTo: WRITTEN,
    example: () => Reasons.versionStandalone(UUID),
  },
  SAME_NAME_OTHER_UUID: {
    rule: 'rules/sameNameRule.ts',
    when: 'The registry has an object of the same kind and name under another UUID (that the importer may view; not for system groups).',
    leadsTo: 'nothing: a warning beside the action (identity is the UUID)',
    example: () => Reasons.sameNameOtherUuid('ORGANIZATION', 'acme', [{ uuid: OTHER, name: 'acme' }]),
  },
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The reason code table of docs/import.md, in the planner's order. */
export function reasonCodeTable(): string {
  const rows = (Object.keys(REASON_CODE_DOCS) as ReasonCode[]).map((code) => {
    const doc = REASON_CODE_DOCS[code];
    const example = doc.example();
    return `| \`${code}\` | \`${doc.rule}\` | ${cell(doc.when)} | ${cell(doc.leadsTo)} | ${example.severity}: ${cell(example.message)} |`;
  });
  return ['| Code | Rule | When | Leads to | Example |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

export const TABLE_START = '<!-- reason-codes:start (generated by npm run docs:reasons from src/import/planner/reasonCodeDocs.ts) -->';
export const TABLE_END = '<!-- reason-codes:end -->';

/** `document` with its reason code table replaced by the current one. */
export function withReasonCodeTable(document: string): string {
  const start = document.indexOf(TABLE_START);
  const end = document.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error('the document has no reason code table markers');
  return `${document.slice(0, start + TABLE_START.length)}\n${reasonCodeTable()}\n${document.slice(end)}`;
}
