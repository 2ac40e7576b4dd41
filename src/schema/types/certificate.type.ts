import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../scalars.js';

// Registered so its fields are inherited; never referenced itself, so it is not emitted.
@ObjectType({ description: 'An X.509 certificate.' })
abstract class CertificateFields {
  @Field({ description: 'RFC 4514 form, in certificate order: "CN=…,O=…".' })
  subject!: string;

  @Field()
  issuer!: string;

  @Field({ description: 'Lower-case hex.' })
  serialNumber!: string;

  @Field(() => DateTimeScalar)
  notBefore!: Date;

  @Field(() => DateTimeScalar)
  notAfter!: Date;

  @Field({ description: 'Lower-case hex SHA-256 of the certificate DER: how archives and trust lists name it.' })
  fingerprintSha256!: string;

  @Field()
  pem!: string;
}

@ObjectType({ description: "One of this server's certificates with its key: the current one signs exports; replaced ones stay as history." })
export class ServerCertificate extends CertificateFields {
  @Field(() => ID)
  id!: string;

  @Field()
  current!: boolean;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it stopped being current; null for the current one.' })
  retiredAt!: Date | null;
}

@ObjectType({ description: 'A signer certificate this registry trusts.' })
export class TrustedProvider extends CertificateFields {
  @Field(() => ID)
  addedBy!: string;

  @Field(() => DateTimeScalar)
  addedAt!: Date;
}

@ObjectType({
  description:
    'A password-protected PKCS#12 key store (.p12) holding every server key and certificate, the current one first. ' +
    'Decode contentBase64 and save it under fileName; `openssl pkcs12 -info -in <file>` reads it.',
})
export class KeystoreFile {
  @Field()
  fileName!: string;

  @Field({ description: 'application/x-pkcs12' })
  mediaType!: string;

  @Field({ description: 'The PKCS#12 file, standard base64.' })
  contentBase64!: string;

  @Field(() => Int)
  keyCount!: number;
}

@ObjectType()
export class KeystoreImport {
  @Field(() => Int, { description: 'Keys in the file.' })
  keyCount!: number;

  @Field(() => Int, { description: 'Keys this registry did not hold before.' })
  added!: number;

  @Field(() => ServerCertificate)
  current!: ServerCertificate;
}
