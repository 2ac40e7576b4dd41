import { Field, ID, InputType } from 'type-graphql';
import { ArchiveEncryptionMode } from '../types/exportedArchive.type.js';

@InputType()
export class ExportEncryptionInput {
  @Field(() => ArchiveEncryptionMode)
  mode!: ArchiveEncryptionMode;

  @Field(() => String, { nullable: true, description: 'PASSWORD: the password the importer will need.' })
  password?: string | null;

  @Field(() => String, { nullable: true, description: "CERTIFICATE: the recipient registry's certificate (PEM), see serverCertificate." })
  recipientCertificatePem?: string | null;
}

@InputType({ description: 'Protection flags the archive carries; they are enforced in the importing registry.' })
export class ProtectionInput {
  @Field({ defaultValue: true, description: 'False: imported attributes are hidden from all but administrators.' })
  viewContent!: boolean;

  @Field({ defaultValue: true, description: 'False: the imported objects cannot be exported again.' })
  rePackageable!: boolean;

  @Field({ defaultValue: true, description: 'False: the imported objects cannot be edited.' })
  editable!: boolean;
}

@InputType({ description: 'What to export (exactly one of objects, package, organization) and how.' })
export class ExportArchiveInput {
  @Field(() => [ID], { nullable: true, description: 'Objects by UUID.' })
  objects?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'A package: its members and the package itself.' })
  package?: string | null;

  @Field(() => ID, { nullable: true, description: 'An organization: all its objects and itself, marked as a complete organization.' })
  organization?: string | null;

  @Field({ defaultValue: true, description: 'Add every object the selection links to, transitively, so the archive imports into an empty registry.' })
  includeReferences!: boolean;

  @Field({ defaultValue: false, description: 'Add every previous version of the exported objects.' })
  includeVersionHistory!: boolean;

  @Field({ defaultValue: true, description: 'Sign with the current server certificate.' })
  sign!: boolean;

  @Field(() => ExportEncryptionInput, { nullable: true, description: 'Default: not encrypted.' })
  encryption?: ExportEncryptionInput | null;

  @Field(() => ProtectionInput, { nullable: true, description: 'Default: every flag true.' })
  protection?: ProtectionInput | null;
}
