import { Field, ID, InputType, Int } from 'type-graphql';

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

@InputType({ description: 'A promotion staged here (your staged import) to hold until one of this registry’s users approves it.' })
export class HoldPromotionInput {
  @Field(() => ID)
  stagedImportId!: string;

  @Field(() => ID, { nullable: true, description: 'The LIFECYCLE_STAGE promoted to, as the source names it.' })
  stage?: string | null;
}
