import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar, JSONObjectScalar } from '../scalars.js';
import { PackageSyncResult } from './packageSync.type.js';
import { PromotionApproval } from './promotionApproval.type.js';

export enum RemoteIdentityStatus {
  RECORDED = 'RECORDED',
  UNCHANGED = 'UNCHANGED',
  CHANGED = 'CHANGED',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(RemoteIdentityStatus, {
  name: 'RemoteIdentityStatus',
  description:
    'RECORDED: this connection recorded the identity (the first); UNCHANGED: as recorded; CHANGED: another registry or signing certificate answered (refused until accepted); UNKNOWN: not reached.',
});

export enum RemoteOperationKind {
  GET_PACKAGE = 'GET_PACKAGE',
  PROMOTE = 'PROMOTE',
  COMMIT_PROMOTION = 'COMMIT_PROMOTION',
  SYNC_PACKAGE = 'SYNC_PACKAGE',
}
registerEnumType(RemoteOperationKind, { name: 'RemoteOperationKind' });

export enum RemoteOperationStatus {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(RemoteOperationStatus, { name: 'RemoteOperationStatus' });

export enum FailedSide {
  LOCAL = 'LOCAL',
  REMOTE = 'REMOTE',
}
registerEnumType(FailedSide, { name: 'FailedSide', description: 'Which registry a remote operation failed on: this one (LOCAL) or the remote.' });

export enum PromotionDirection {
  TO = 'TO',
  FROM = 'FROM',
}
registerEnumType(PromotionDirection, { name: 'PromotionDirection', description: 'TO: promoted from here to another registry; FROM: received here by promotion.' });

@ObjectType({ description: 'A registry identity seen on a connection but not yet accepted.' })
export class RemoteIdentityChange {
  @Field(() => ID)
  registryUuid!: string;

  @Field()
  signerFingerprint!: string;
}

@ObjectType({ description: 'A remote registry this one talks to. Its credential is never returned.' })
export class RemoteRegistry {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: "The remote's GraphQL endpoint." })
  address!: string;

  @Field(() => Int)
  timeoutSeconds!: number;

  @Field({ description: 'Whether a CA bundle (or pinned certificate) is configured for its TLS certificate.' })
  caCertificatesConfigured!: boolean;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the pinned TLS certificate, when one is pinned.' })
  pinnedCertificateSha256!: string | null;

  @Field(() => ID, { nullable: true, description: 'The registry UUID recorded on the first connection.' })
  registryUuid!: string | null;

  @Field(() => String, { nullable: true })
  registryName!: string | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the signing certificate recorded on the first connection.' })
  signerFingerprint!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  identityRecordedAt!: Date | null;

  @Field(() => RemoteIdentityChange, { nullable: true, description: 'A changed identity that was refused, waiting for acceptRemoteIdentity.' })
  pendingIdentity!: RemoteIdentityChange | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;
}

@ObjectType({ description: 'The user a remote credential acts as on the remote, and its roles there.' })
export class RemoteCredentialUser {
  @Field(() => ID)
  uuid!: string;

  @Field()
  name!: string;

  @Field(() => [String])
  roles!: string[];

  @Field({ description: 'Holds REGISTRY_ADMINISTRATOR on the remote: more than a service credential needs.' })
  administrator!: boolean;
}

@ObjectType({ description: 'Why a remote call or operation failed, and on which side.' })
export class RemoteFailure {
  @Field(() => FailedSide)
  side!: FailedSide;

  @Field()
  code!: string;

  @Field()
  message!: string;

  @Field(() => String, { nullable: true, description: "REMOTE_REFUSED: the remote's own error code." })
  remoteCode!: string | null;
}

@ObjectType({ description: 'What testRemoteRegistry found: reachability, identity, and what the credential may do.' })
export class RemoteRegistryTest {
  @Field(() => RemoteRegistry)
  remote!: RemoteRegistry;

  @Field()
  reachable!: boolean;

  @Field(() => RemoteIdentityStatus)
  identityStatus!: RemoteIdentityStatus;

  @Field(() => ID, { nullable: true })
  registryUuid!: string | null;

  @Field(() => String, { nullable: true })
  registryName!: string | null;

  @Field(() => String, { nullable: true })
  signerFingerprint!: string | null;

  @Field(() => RemoteCredentialUser, { nullable: true })
  credentialUser!: RemoteCredentialUser | null;

  @Field(() => RemoteFailure, { nullable: true })
  error!: RemoteFailure | null;
}

@ObjectType({ description: 'A package a remote registry shows the credential’s user.' })
export class RemotePackage {
  @Field(() => ID)
  uuid!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field()
  timestamp!: string;

  @Field(() => Int)
  memberCount!: number;
}

@ObjectType()
export class RemotePackagePage {
  @Field(() => [RemotePackage])
  packages!: RemotePackage[];

  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType({ description: 'Long remote work (get a package, promote, commit a promotion, synchronize a package): poll remoteOperation(id) while RUNNING.' })
export class RemoteOperation {
  @Field(() => ID)
  id!: string;

  @Field(() => RemoteOperationKind)
  kind!: RemoteOperationKind;

  @Field(() => RemoteOperationStatus)
  status!: RemoteOperationStatus;

  @Field({ description: 'What it is doing now (e.g. CONNECTING, EXPORTING, DOWNLOADING, STAGING, UPLOADING, PREVIEWING, COMMITTING); DONE at the end.' })
  phase!: string;

  @Field(() => Int, { description: 'Phases finished.' })
  done!: number;

  @Field(() => Int, { description: 'Phases in all.' })
  total!: number;

  @Field(() => DateTimeScalar)
  startedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => RemoteFailure, { nullable: true })
  error!: RemoteFailure | null;

  @Field(() => JSONObjectScalar, {
    nullable: true,
    description:
      'What it produced: GET_PACKAGE { stagedImportId, archiveSha256, objectCount }; PROMOTE { targetStagedImportId, planDigest, counts, blocking, archiveSha256, stage }; COMMIT_PROMOTION { importRecordId, counts }; SYNC_PACKAGE: as syncResult.',
  })
  result!: Record<string, unknown> | null;

  @Field(() => ID, { nullable: true, description: 'GET_PACKAGE: the staged import here, for the usual preview and commit.' })
  stagedImportId!: string | null;

  @Field(() => String, { nullable: true, description: 'PROMOTE: the digest of the target’s plan, which commitPromotion commits.' })
  planDigest!: string | null;

  @Field(() => PackageSyncResult, {
    nullable: true,
    description: 'SYNC_PACKAGE: what was done to each element on each side (also when a later step failed after an earlier side committed).',
  })
  syncResult!: PackageSyncResult | null;
  @Field(() => PromotionApproval, {
    nullable: true,
    description: 'PROMOTE to a target that requires approval: held there until one of its users approves or rejects it (refreshPromotionApproval asks again).',
  })
  approval!: PromotionApproval | null;

  remoteId!: string;
  userUuid!: string;
}

@ObjectType({ description: 'One step of an object’s promotion trail, as this registry recorded it.' })
export class PromotionStep {
  @Field(() => PromotionDirection)
  direction!: PromotionDirection;

  @Field(() => ID, { description: 'The other registry.' })
  registryUuid!: string;

  @Field()
  registryName!: string;

  @Field()
  registryAddress!: string;

  @Field(() => ID, { nullable: true, description: 'The lifecycle stage promoted to.' })
  stageUuid!: string | null;

  @Field(() => DateTimeScalar)
  at!: Date;

  @Field(() => ID)
  userUuid!: string;

  @Field()
  userName!: string;

  @Field()
  archiveSha256!: string;

  @Field(() => ID, { nullable: true, description: 'The import on the target that applied it.' })
  importRecordId!: string | null;
}
