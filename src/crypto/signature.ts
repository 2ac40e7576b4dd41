import { sign, timingSafeEqual, verify } from 'node:crypto';
import forge from 'node-forge';
import {
  assertKeyMatchesCertificate,
  certificateDerFromPem,
  describeCertificateDer,
  issuerAndSerialOf,
  publicKeyOfDer,
  type CertificateInfo,
  type KeyPairCertificate,
} from './certificates.js';
import { CryptoError } from './cryptoError.js';
import { algorithmIdentifier, asn1, derOf, oidNode, parseDer, sha256, toBinary, type Asn1 } from './der.js';
import { readSignedData, type SignerInfoParts } from './signedDataReader.js';

const oids = forge.pki.oids;
const { Class, Type } = asn1;

export interface SignatureVerification {
  /** The certificate embedded in the signature. Deciding whether to trust it is the caller's job. */
  signer: CertificateInfo;
  signingTime: Date | null;
}

/**
 * A detached CMS/PKCS#7 SignedData (DER) over `content`: SHA-256, RSA PKCS#1 v1.5, the signer certificate
 * included, signed attributes contentType (data), messageDigest and signingTime.
 * Throws CERTIFICATE_INVALID when the private key does not belong to the certificate.
 */
export function signDetached(content: Buffer, signer: KeyPairCertificate): Buffer {
  assertKeyMatchesCertificate(signer);
  const certificate = parseDer(certificateDerFromPem(signer.certificatePem));
  const signingTime = new Date();
  const attributes = [
    attribute(oids.contentType, oidNode(oids.data)),
    attribute(oids.messageDigest, asn1.create(Class.UNIVERSAL, Type.OCTETSTRING, false, toBinary(sha256(content)))),
    attribute(oids.signingTime, timeNode(signingTime)),
  ];
  // DER orders a SET OF by encoding; verifiers re-encode the attributes as a DER SET before checking.
  attributes.sort((a, b) => Buffer.compare(derOf(a), derOf(b)));
  const signedAttributes = asn1.create(Class.UNIVERSAL, Type.SET, true, attributes);
  const signature = sign('sha256', derOf(signedAttributes), signer.privateKeyPem);

  const { issuer, serial } = issuerAndSerialOf(certificate);
  const signerInfo = seq([
    integer(1),
    seq([issuer, serial]),
    algorithmIdentifier(oids.sha256),
    asn1.create(Class.CONTEXT_SPECIFIC, 0, true, attributes), // [0] IMPLICIT SET OF Attribute
    algorithmIdentifier(oids.rsaEncryption),
    asn1.create(Class.UNIVERSAL, Type.OCTETSTRING, false, toBinary(signature)),
  ]);
  const signedData = seq([
    integer(1),
    asn1.create(Class.UNIVERSAL, Type.SET, true, [algorithmIdentifier(oids.sha256)]),
    seq([oidNode(oids.data)]), // detached: no encapsulated content
    asn1.create(Class.CONTEXT_SPECIFIC, 0, true, [certificate]),
    asn1.create(Class.UNIVERSAL, Type.SET, true, [signerInfo]),
  ]);
  return derOf(seq([oidNode(oids.signedData), asn1.create(Class.CONTEXT_SPECIFIC, 0, true, [signedData])]));
}

/**
 * Checks a detached SignedData against `content`: exactly one SHA-256 RSA signer, whose certificate is
 * embedded, whose messageDigest attribute equals SHA-256(content), and whose signature over the signed
 * attributes verifies with that certificate's key. Throws SIGNATURE_INVALID with the reason otherwise.
 * It proves only who signed: compare `signer.fingerprintSha256` with trusted certificates.
 */
export function verifyDetached(signatureDer: Buffer, content: Buffer): SignatureVerification {
  const { certificates, signer } = readSignedData(signatureDer);

  if (signer.digestAlgorithm !== oids.sha256) {
    throw CryptoError.signatureInvalid(`unsupported digest algorithm ${signer.digestAlgorithm}`);
  }
  if (signer.signatureAlgorithm !== oids.rsaEncryption && signer.signatureAlgorithm !== oids.sha256WithRSAEncryption) {
    throw CryptoError.signatureInvalid(`unsupported signature algorithm ${signer.signatureAlgorithm}`);
  }
  const certificateDer = findSignerCertificate(certificates, signer);
  if (!certificateDer) throw CryptoError.signatureInvalid('no certificate for the signer is embedded');

  const contentType = singleAttribute(signer, oids.contentType);
  if (!contentType || contentType.type !== Type.OID || asn1.derToOid(contentType.value as string) !== oids.data) {
    throw CryptoError.signatureInvalid('the contentType attribute is missing or not "data"');
  }
  const messageDigest = singleAttribute(signer, oids.messageDigest);
  if (!messageDigest || messageDigest.type !== Type.OCTETSTRING || typeof messageDigest.value !== 'string') {
    throw CryptoError.signatureInvalid('the messageDigest attribute is missing');
  }
  const expected = Buffer.from(messageDigest.value, 'binary');
  const actual = sha256(content);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
    throw CryptoError.signatureInvalid('content digest mismatch: the content changed after it was signed');
  }

  // RFC 5652 §5.4: the signature covers the attributes' DER with the SET tag, not the [0] they are stored as.
  const signedBytes = derOf(asn1.create(Class.UNIVERSAL, Type.SET, true, signer.signedAttributes));
  let valid: boolean;
  try {
    valid = verify('sha256', signedBytes, publicKeyOfDer(certificateDer), signer.signature);
  } catch (error) {
    throw CryptoError.signatureInvalid('bad signature: it cannot be checked', error);
  }
  if (!valid) throw CryptoError.signatureInvalid("bad signature: not made by the embedded certificate's key");

  return { signer: describeCertificateDer(certificateDer), signingTime: readSigningTime(signer) };
}

function findSignerCertificate(certificates: Asn1[], signer: SignerInfoParts): Buffer | undefined {
  const match = certificates.find((certificate) => {
    try {
      const { issuer, serial } = issuerAndSerialOf(certificate);
      return derOf(issuer).equals(signer.issuer) && derOf(serial).equals(signer.serial);
    } catch {
      return false; // a malformed extra certificate is no reason to reject a signature
    }
  });
  return match && derOf(match);
}

/** The value of a signed attribute that occurs once with one value; throws on duplicates. */
function singleAttribute(signer: SignerInfoParts, oid: string): Asn1 | undefined {
  const values = signer.attributeValues.get(oid);
  if (!values) return undefined;
  if (values.length !== 1) throw CryptoError.signatureInvalid(`the ${oids[oid] ?? oid} attribute is repeated`);
  return values[0];
}

function readSigningTime(signer: SignerInfoParts): Date | null {
  const node = singleAttribute(signer, oids.signingTime);
  if (!node || typeof node.value !== 'string') return null;
  try {
    if (node.type === Type.UTCTIME) return asn1.utcTimeToDate(node.value);
    if (node.type === Type.GENERALIZEDTIME) return asn1.generalizedTimeToDate(node.value);
  } catch {
    // An unreadable time is not a reason to reject a valid signature; it is simply unknown.
  }
  return null;
}

function timeNode(date: Date): Asn1 {
  // RFC 5652 §11.3: UTCTime for 1950-2049, GeneralizedTime otherwise.
  return date.getUTCFullYear() < 2050
    ? asn1.create(Class.UNIVERSAL, Type.UTCTIME, false, asn1.dateToUtcTime(date))
    : asn1.create(Class.UNIVERSAL, Type.GENERALIZEDTIME, false, asn1.dateToGeneralizedTime(date));
}

function attribute(oid: string, value: Asn1): Asn1 {
  return seq([oidNode(oid), asn1.create(Class.UNIVERSAL, Type.SET, true, [value])]);
}

function seq(children: Asn1[]): Asn1 {
  return asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, children);
}

function integer(value: number): Asn1 {
  return asn1.create(Class.UNIVERSAL, Type.INTEGER, false, asn1.integerToDer(value).getBytes());
}
