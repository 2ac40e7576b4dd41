import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SyncDirection, SyncMemberList, SyncOutcome, SyncState } from '../../remote/sync/syncTypes.js';
import { DateTimeScalar } from '../scalars.js';

registerEnumType(SyncState, {
  name: 'SyncState',
  description:
    'SAME: equal content; REMOTE_NEWER / LOCAL_NEWER: only that side changed since the last sync (never synced: its timestamp is later); CONFLICT: both changed since the last sync; REMOTE_ONLY / LOCAL_ONLY: only that side holds it.',
});
registerEnumType(SyncDirection, { name: 'SyncDirection', description: 'PULL: remote → here; PUSH: here → remote; NONE: leave both as they are.' });
registerEnumType(SyncMemberList, {
  name: 'SyncMemberList',
  description: "The package's member list afterwards: LOCAL (pushed), REMOTE (pulled) or MERGE (the union of both, written here and pushed).",
});
registerEnumType(SyncOutcome, { name: 'SyncOutcome', description: 'What a synchronization did to an element on one side.' });

@ObjectType({ description: 'One element as a registry describes it for synchronization.' })
export class SyncManifestElement {
  @Field(() => ID)
  uuid!: string;

  @Field({ description: 'The object kind (ObjectKind).' })
  kind!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  version!: string | null;

  @Field({ description: 'ISO instant of its last change.' })
  timestamp!: string;

  @Field({ description: 'SHA-256 of its content (the archive record without owner, lifecycle state and timestamps): equal on two registries exactly when the content is.' })
  contentDigest!: string;
}

@ObjectType({ description: 'A package and every element its closure brings (the same closure as its export), for a registry comparing with this one.' })
export class PackageSyncManifest {
  @Field(() => ID, { description: 'This registry.' })
  registryUuid!: string;

  @Field(() => ID)
  package!: string;

  @Field()
  packageName!: string;

  @Field(() => [ID], { description: "The package's member list." })
  members!: string[];

  @Field(() => [SyncManifestElement], { description: 'The package, its members and what their closure brings, plus the other objects asked about that exist and may be seen.' })
  elements!: SyncManifestElement[];
}

@ObjectType({ description: 'One element of a package compared between this registry and a remote.' })
export class SyncElement {
  @Field(() => ID)
  uuid!: string;

  @Field()
  kind!: string;

  @Field()
  name!: string;

  @Field(() => SyncState)
  state!: SyncState;

  @Field(() => SyncDirection, {
    description: 'What is proposed: PULL for REMOTE_NEWER and new REMOTE_ONLY, PUSH for LOCAL_NEWER and new LOCAL_ONLY, NONE for SAME, CONFLICT and an element the other side dropped since the last sync.',
  })
  proposedDirection!: SyncDirection;

  @Field(() => SyncManifestElement, { nullable: true, description: 'This registry’s copy.' })
  local!: SyncManifestElement | null;

  @Field(() => SyncManifestElement, { nullable: true, description: 'The remote’s copy.' })
  remote!: SyncManifestElement | null;

  @Field(() => String, { nullable: true, description: 'The digest both sides agreed on at the last synchronization with this remote.' })
  lastSyncedDigest!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  lastSyncedAt!: Date | null;

  @Field({ description: 'The package itself.' })
  isPackage!: boolean;

  @Field({ description: 'A member of the package on either side (not only brought by the closure).' })
  isMember!: boolean;
}

@ObjectType({ description: "The package's member list on both sides." })
export class SyncMemberLists {
  @Field(() => [ID])
  local!: string[];

  @Field(() => [ID])
  remote!: string[];

  @Field(() => [ID])
  localOnly!: string[];

  @Field(() => [ID])
  remoteOnly!: string[];

  @Field({ description: 'Both lists hold members the other lacks: memberList MERGE (their union) is offered.' })
  mergeOffered!: boolean;

  @Field(() => [ID], { description: 'The union: this registry’s list, then the remote-only members.' })
  merged!: string[];
}

@ObjectType({ description: 'How many elements are in each state.' })
export class SyncStateCount {
  @Field(() => SyncState)
  state!: SyncState;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'A package compared element by element with its copy on a remote: review it, then synchronizeRemotePackage with its comparisonDigest.' })
export class PackageComparison {
  @Field()
  remoteName!: string;

  @Field(() => ID)
  remoteRegistryUuid!: string;

  @Field(() => ID)
  package!: string;

  @Field()
  packageName!: string;

  @Field(() => [SyncElement], { description: 'Sorted by UUID.' })
  elements!: SyncElement[];

  @Field(() => SyncMemberLists)
  members!: SyncMemberLists;

  @Field(() => [SyncStateCount], { description: 'Elements per state (states with none left out).' })
  counts!: SyncStateCount[];

  @Field({ description: 'SHA-256 of this comparison: synchronizeRemotePackage refuses (SYNC_COMPARISON_STALE) once either side changed.' })
  comparisonDigest!: string;
}

@ObjectType({ description: 'What a synchronization did to one element, on each side.' })
export class SyncElementOutcome {
  @Field(() => ID)
  uuid!: string;

  @Field()
  kind!: string;

  @Field()
  name!: string;

  @Field(() => SyncDirection)
  direction!: SyncDirection;

  @Field(() => SyncOutcome, { description: 'On this registry.' })
  local!: SyncOutcome;

  @Field(() => SyncOutcome, { description: 'On the remote.' })
  remote!: SyncOutcome;
}

@ObjectType({ description: 'The result of a SYNC_PACKAGE operation.' })
export class PackageSyncResult {
  @Field(() => ID)
  package!: string;

  @Field({ description: 'The comparison that was reviewed and carried out.' })
  comparisonDigest!: string;

  @Field(() => [SyncElementOutcome], { description: 'Every element a direction other than NONE was chosen for, and a merged package.' })
  elements!: SyncElementOutcome[];

  @Field(() => ID, { nullable: true, description: 'The import record here that applied the pulled elements.' })
  localImportRecordId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The import record on the remote that applied the pushed elements.' })
  remoteImportRecordId!: string | null;

  @Field(() => [ID], { nullable: true, description: 'MERGE: the member list both packages now have.' })
  mergedMembers!: string[] | null;

  @Field(() => Int, { description: 'Elements whose agreed digest was recorded for the next comparison (SAME afterwards).' })
  recorded!: number;

  @Field({ description: 'False when a later step failed after an earlier side committed: the outcomes say what landed where.' })
  complete!: boolean;
}
