import { Field, ID, InputType, Int } from 'type-graphql';
import { SyncDirection, SyncMemberList } from '../../remote/sync/syncTypes.js';
import '../types/packageSync.type.js'; // registers the sync enums

@InputType({ description: 'A remote registry: its name here, GraphQL address, credential and TLS settings.' })
export class AddRemoteRegistryInput {
  @Field({ description: 'The name every other operation uses to name this remote.' })
  name!: string;

  @Field({ description: "The remote's GraphQL endpoint: https, or http on a loopback address only." })
  address!: string;

  @Field({ description: 'A bearer token the remote issued to a service user with the least rights needed. Stored encrypted, never returned.' })
  credential!: string;

  @Field(() => String, { nullable: true, description: 'PEM CA certificates the remote’s TLS certificate must chain to (default: the system’s).' })
  caCertificatesPem?: string | null;

  @Field(() => String, { nullable: true, description: 'PEM of the remote’s TLS certificate: only exactly this one is accepted.' })
  pinnedCertificatePem?: string | null;

  @Field(() => Int, { nullable: true, description: 'Longest silence on a call before it fails (1–3600 s, default 60).' })
  timeoutSeconds?: number | null;
}

@InputType({ description: 'Changes to a remote registry; fields left out stay.' })
export class UpdateRemoteRegistryInput {
  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  credential?: string | null;

  @Field(() => String, { nullable: true, description: 'Given (even empty), replaces the CA bundle and the pin together with pinnedCertificatePem.' })
  caCertificatesPem?: string | null;

  @Field(() => String, { nullable: true })
  pinnedCertificatePem?: string | null;

  @Field(() => Int, { nullable: true })
  timeoutSeconds?: number | null;
}

@InputType({ description: 'Objects to promote to a lifecycle stage (the registry at the stage’s address).' })
export class PromoteObjectsInput {
  @Field(() => [ID])
  objects!: string[];

  @Field(() => ID, { description: 'The LIFECYCLE_STAGE to promote to.' })
  stage!: string;

  @Field({ defaultValue: true, description: 'False: return the RUNNING operation at once and poll remoteOperation(id).' })
  wait!: boolean;
}

@InputType({ description: 'What to do with one element of a compared package.' })
export class SyncChoiceInput {
  @Field(() => ID)
  uuid!: string;

  @Field(() => SyncDirection)
  direction!: SyncDirection;
}

@InputType({ description: 'Carries out the reviewed choices of a package comparison.' })
export class SynchronizePackageInput {
  @Field({ description: 'The configured remote’s name.' })
  remote!: string;

  @Field(() => ID)
  package!: string;

  @Field({ description: 'The comparisonDigest of the comparison reviewed: refused (SYNC_COMPARISON_STALE) when either side changed since.' })
  comparisonDigest!: string;

  @Field(() => [SyncChoiceInput], { description: 'The direction of each element to move; elements left out stay as they are (NONE).' })
  choices!: SyncChoiceInput[];

  @Field(() => SyncMemberList, { nullable: true, description: "The package's member list afterwards; LOCAL pushes and REMOTE pulls the package. Left out: as the package's own choice says." })
  memberList?: SyncMemberList | null;

  @Field({ defaultValue: true, description: 'False: return the RUNNING operation at once and poll remoteOperation(id).' })
  wait!: boolean;
}

@InputType({ description: 'A promotion staged here (your staged import) to hold until one of this registry’s users approves it.' })
export class HoldPromotionInput {
  @Field(() => ID)
  stagedImportId!: string;

  @Field(() => ID, { nullable: true, description: 'The LIFECYCLE_STAGE promoted to, as the source names it.' })
  stage?: string | null;
}
