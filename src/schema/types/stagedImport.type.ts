import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArchiveTrust } from '../../import/staging/archiveTrust.js';
import { CertificateValidity } from '../../import/staging/certificateValidity.js';
import { ObjectKind } from '../enums.js';
import { DateTimeScalar } from '../scalars.js';
import { Protection } from './registryObject.type.js';
import { RegistryInfo } from './registryInfo.type.js';

registerEnumType(ArchiveTrust, {
  name: 'ArchiveTrust',
  description: "Whether the archive is signed, and whether this registry trusts its signer.",
  valuesConfig: {
    SIGNED_TRUSTED: { description: "Signed by one of this registry's own keys or by a trusted provider." },
    SIGNED_UNTRUSTED: { description: 'Validly signed by a certificate this registry does not trust (yet).' },
    UNSIGNED: { description: 'Not signed: nobody vouches for the content.' },
  },
});

registerEnumType(CertificateValidity, {
  name: 'CertificateValidity',
  description: "Whether a signer certificate's validity period (notBefore to notAfter) covers the moment it is judged at.",
  valuesConfig: {
    VALID: { description: 'Within its validity period.' },
    EXPIRED: { description: 'Past notAfter.' },
    NOT_YET_VALID: { description: 'Before notBefore.' },
  },
});

@ObjectType({ description: 'An object named by UUID, with its name for display.' })
export class NamedRef {
  @Field(() => ID)
  uuid!: string;

  @Field()
  name!: string;
}

@ObjectType({ description: 'What the exporter selected.' })
export class ArchiveSelection {
  @Field(() => [ID], { description: 'Objects selected one by one.' })
  objects!: string[];

  @Field(() => ID, { nullable: true, description: 'The package exported, if the export was of a package.' })
  package!: string | null;
}

@ObjectType({ description: 'The options the archive was exported with.' })
export class ArchiveOptions {
  @Field(() => ArchiveSelection)
  selection!: ArchiveSelection;

  @Field({ description: 'Referenced objects were included (their transitive closure).' })
  includeReferences!: boolean;

  @Field({ description: 'Earlier versions of the selected objects were included.' })
  includeVersionHistory!: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'The organization, when the archive is a complete organization (its policies do not fire on import).',
  })
  completeOrganization!: string | null;
}

@ObjectType({ description: 'The certificate that signed an archive, and when it says it signed.' })
export class ArchiveSigner {
  @Field()
  subject!: string;

  @Field()
  issuer!: string;

  @Field({ description: 'Lower-case hex SHA-256 of the certificate: how trusted providers are matched.' })
  fingerprintSha256!: string;

  @Field(() => DateTimeScalar)
  notBefore!: Date;

  @Field(() => DateTimeScalar)
  notAfter!: Date;

  @Field({ description: 'The certificate in PEM, as embedded in signature.p7s.' })
  pem!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'The signing time the signature claims.' })
  signingTime!: Date | null;

  @Field(() => CertificateValidity, {
    description:
      'The certificate against its validity period: now for a staged import, when the commit started for an import record. ' +
      'Trust does not depend on it (providers are trusted by fingerprint); REFUSE_INVALID_SIGNER_CERTIFICATES refuses to stage or commit an archive whose signer is not VALID.',
  })
  validity!: CertificateValidity;
}

@ObjectType()
export class KindCount {
  @Field(() => ObjectKind)
  kind!: ObjectKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'A problem of one record of objects.ndjson; the record is not staged.' })
export class RecordProblem {
  @Field(() => Int, { description: '1-based line in objects.ndjson.' })
  line!: number;

  @Field({ description: 'JSON path within the record, e.g. $.fields.states[0].uuid.' })
  path!: string;

  @Field()
  message!: string;
}

@ObjectType({
  description:
    'An uploaded archive that passed verification, held server-side for preview until it expires. Only the user who staged it sees it.',
})
export class StagedImport {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'After this the staged import is gone; stage the archive again.' })
  expiresAt!: Date;

  @Field(() => String, { nullable: true, description: "The uploaded file's name, as the client gave it." })
  fileName!: string | null;

  @Field({ description: 'Hex SHA-256 of the archive file.' })
  archiveSha256!: string;

  @Field(() => Float, { description: 'Size of the archive file in bytes.' })
  archiveSize!: number;

  @Field()
  formatVersion!: string;

  @Field(() => RegistryInfo, { description: 'The registry that exported the archive.' })
  sourceRegistry!: RegistryInfo;

  @Field(() => NamedRef)
  exportedBy!: NamedRef;

  @Field(() => DateTimeScalar)
  exportedAt!: Date;

  @Field(() => ArchiveOptions)
  options!: ArchiveOptions;

  @Field(() => Protection, { description: 'The protection flags the imported objects will carry.' })
  protection!: Protection;

  @Field(() => Int, { description: 'Objects staged: valid records, each UUID once.' })
  objectCount!: number;

  @Field(() => ArchiveSigner, { nullable: true, description: 'Null when the archive is unsigned.' })
  signer!: ArchiveSigner | null;

  @Field(() => ArchiveTrust)
  trust!: ArchiveTrust;

  @Field({ description: 'Whether the objects were encrypted in the archive.' })
  encrypted!: boolean;

  @Field(() => [RecordProblem], { description: 'Invalid records, in line order: the first 1000 problems.' })
  problems!: RecordProblem[];

  @Field(() => Int, { description: 'All problems found, kept or not.' })
  problemCount!: number;
}
