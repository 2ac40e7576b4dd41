import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArchiveEncryptionMode } from '../../export/exportInput.js';
import { DateTimeScalar, JSONObjectScalar } from '../scalars.js';
import { Protection } from './registryObject.type.js';

registerEnumType(ArchiveEncryptionMode, {
  name: 'ArchiveEncryptionMode',
  description: 'How objects.ndjson is encrypted: not at all, under a password, or for a recipient certificate.',
});

export { ArchiveEncryptionMode };

@ObjectType({ description: 'An archive this registry exported, kept for download by its creator and administrators.' })
export class ExportedArchive {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Lower-case hex SHA-256 of the zip file.' })
  sha256!: string;

  @Field({ description: 'Bytes.' })
  size!: number;

  @Field(() => Int)
  objectCount!: number;

  @Field({ description: 'Signed with the server certificate (signature.p7s).' })
  signed!: boolean;

  @Field(() => ArchiveEncryptionMode)
  encryption!: ArchiveEncryptionMode;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'Downloadable until then (EXPORT_TTL_SECONDS after creation); removed after.' })
  expiresAt!: Date;

  @Field({
    description:
      'GET it with the same bearer token. Absolute when REGISTRY_ADDRESS is configured, otherwise a path ' +
      '(/archives/<id>) to resolve against the URL of this GraphQL endpoint.',
  })
  downloadUrl!: string;

  @Field(() => Protection, { description: 'The flags the archive carries (never more than its objects allow).' })
  protection!: Protection;

  @Field(() => JSONObjectScalar, { description: 'manifest.json as written (docs/archive-format.md).' })
  manifest!: Record<string, unknown>;
}
