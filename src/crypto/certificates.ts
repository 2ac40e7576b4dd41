import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { CryptoError } from './cryptoError.js';
import { asn1, derOf, fromBinary, parseDer, sha256, toBinary, type Asn1 } from './der.js';

const pki = forge.pki;

export interface CertificateInfo {
  /** RFC 4514-style, in certificate order: "CN=...,O=...". */
  subject: string;
  issuer: string;
  /** Lower-case hex, as stored in the certificate. */
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  /** Lower-case hex SHA-256 of the certificate DER: the identity used throughout the registry. */
  fingerprintSha256: string;
  /** Normalized PEM (re-armoured from the DER, so equal certificates give equal strings). */
  pem: string;
}

export interface KeyPairCertificate {
  certificatePem: string;
  /** PKCS#8 PEM, unencrypted: store it only inside a password-protected keystore. */
  privateKeyPem: string;
}

const DAY_MS = 86_400_000;
// @types/node-forge declares valueTagClass as an asn1.Class; forge stores the value's asn1.Type there.
const UTF8_STRING = asn1.Type.UTF8 as unknown as forge.asn1.Class;
// Backdated so a peer whose clock runs a little behind still sees a certificate that is already valid.
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * A new RSA-2048 key pair and a self-signed SHA-256 certificate for it (CN, optional O), valid for
 * `validityDays` (default 3650) from `notBefore` (default now, less five minutes of clock skew) with a random
 * positive 128-bit serial. Key usage allows signing and key
 * encipherment, the two things a registry identity does.
 */
export function createSelfSignedCertificate(opts: {
  commonName: string;
  organization?: string;
  validityDays?: number;
  notBefore?: Date;
}): KeyPairCertificate {
  const validityDays = opts.validityDays ?? 3650;
  if (!opts.commonName.trim()) throw CryptoError.certificateInvalid('the common name is empty');
  if (!(validityDays > 0)) throw CryptoError.certificateInvalid('validityDays must be positive');

  // node:crypto generates keys natively; forge's pure-JS key generation takes seconds.
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });

  const cert = pki.createCertificate();
  cert.publicKey = pki.publicKeyFromPem(publicKey);
  cert.serialNumber = randomSerial();
  const from = opts.notBefore?.getTime() ?? Date.now() - CLOCK_SKEW_MS;
  cert.validity.notBefore = new Date(from);
  cert.validity.notAfter = new Date(from + CLOCK_SKEW_MS + validityDays * DAY_MS);
  // UTF8String so names outside PrintableString (accents, non-Latin scripts) survive.
  const name = [{ shortName: 'CN', value: opts.commonName, valueTagClass: UTF8_STRING }];
  if (opts.organization) name.push({ shortName: 'O', value: opts.organization, valueTagClass: UTF8_STRING });
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', critical: true, digitalSignature: true, keyEncipherment: true, dataEncipherment: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  signCertificate(cert, privateKey);
  return { certificatePem: derToPem(derOf(pki.certificateToAsn1(cert))), privateKeyPem: privateKey };
}

/** Subject, issuer, validity and fingerprint of a PEM certificate. Throws CERTIFICATE_INVALID. */
export function describeCertificate(pem: string): CertificateInfo {
  const der = certificateDerFromPem(pem);
  return describeCertificateDer(der);
}

/** Lower-case hex SHA-256 of the certificate DER. Throws CERTIFICATE_INVALID. */
export function certificateFingerprint(pem: string): string {
  const der = certificateDerFromPem(pem);
  parseCertificateDer(der); // a fingerprint of garbage would look like a valid identity
  return sha256(der).toString('hex');
}

/** @internal Like describeCertificate, from DER (certificates embedded in signatures and keystores). */
export function describeCertificateDer(der: Buffer): CertificateInfo {
  const cert = parseCertificateDer(der);
  return {
    subject: formatName(cert.subject.attributes),
    issuer: formatName(cert.issuer.attributes),
    serialNumber: cert.serialNumber.toLowerCase(),
    notBefore: cert.validity.notBefore,
    notAfter: cert.validity.notAfter,
    fingerprintSha256: sha256(der).toString('hex'),
    pem: derToPem(der),
  };
}

/** @internal The certificate's public key for node:crypto. Throws CERTIFICATE_INVALID. */
export function certificatePublicKey(pem: string): KeyObject {
  return publicKeyOfDer(certificateDerFromPem(pem));
}

/** @internal */
export function publicKeyOfDer(der: Buffer): KeyObject {
  return createPublicKey(pki.publicKeyToPem(parseCertificateDer(der).publicKey));
}

/** @internal Throws CERTIFICATE_INVALID unless the private key is the one the certificate certifies. */
export function assertKeyMatchesCertificate(pair: KeyPairCertificate): void {
  const certKey = certificatePublicKey(pair.certificatePem).export({ type: 'spki', format: 'der' });
  let ownKey: Buffer;
  try {
    ownKey = createPublicKey(createPrivateKey(pair.privateKeyPem)).export({ type: 'spki', format: 'der' });
  } catch (error) {
    throw CryptoError.certificateInvalid('the private key cannot be read', error);
  }
  if (!ownKey.equals(certKey)) throw CryptoError.certificateInvalid('the private key does not belong to the certificate');
}

/** @internal The DER bytes inside a PEM CERTIFICATE block, exactly as armoured (not yet parsed). */
export function certificateDerFromPem(pem: string): Buffer {
  let blocks: forge.pem.ObjectPEM[];
  try {
    blocks = forge.pem.decode(pem);
  } catch (error) {
    throw CryptoError.certificateInvalid('not PEM', error);
  }
  const block = blocks.find((b) => b.type === 'CERTIFICATE' || b.type === 'X509 CERTIFICATE');
  if (!block) throw CryptoError.certificateInvalid('no CERTIFICATE block in the PEM');
  return fromBinary(block.body);
}

/** @internal */
export function derToPem(der: Buffer): string {
  return forge.pem.encode({ type: 'CERTIFICATE', body: toBinary(der) }).replace(/\r\n/g, '\n');
}

/** @internal Parsed certificate; only RSA keys are supported (forge's limit, and all we wrap keys with). */
export function parseCertificateDer(der: Buffer): forge.pki.Certificate {
  try {
    return pki.certificateFromAsn1(parseDer(der));
  } catch (error) {
    throw CryptoError.certificateInvalid('not a readable X.509 RSA certificate', error);
  }
}

/** @internal The issuer Name and serialNumber nodes, as a CMS SignerInfo names its certificate. */
export function issuerAndSerialOf(certificate: Asn1): { issuer: Asn1; serial: Asn1 } {
  const tbs = (certificate.value as Asn1[])[0]!.value as Asn1[];
  // The [0] version field is optional (absent means v1), which shifts every later field.
  const offset = tbs[0]!.tagClass === asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
  return { serial: tbs[offset]!, issuer: tbs[offset + 2]! };
}

function signCertificate(cert: forge.pki.Certificate, privateKeyPem: string): void {
  // Same steps as forge's cert.sign(), with the RSA operation done natively.
  cert.signatureOid = cert.siginfo.algorithmOid = pki.oids.sha256WithRSAEncryption;
  const tbs = (pki as unknown as { getTBSCertificate(c: forge.pki.Certificate): Asn1 }).getTBSCertificate(cert);
  (cert as unknown as { tbsCertificate: Asn1 }).tbsCertificate = tbs;
  cert.signature = toBinary(sign('sha256', derOf(tbs), privateKeyPem));
}

function randomSerial(): string {
  const bytes = randomBytes(16);
  // Clear the sign bit (serials must be positive) and keep the first byte non-zero (minimal DER).
  bytes[0] = (bytes[0]! & 0x7f) || 0x01;
  return bytes.toString('hex');
}

function formatName(attributes: forge.pki.CertificateField[]): string {
  return attributes
    .map((attr) => `${attr.shortName ?? attr.name ?? attr.type}=${escapeRdnValue(attributeText(attr))}`)
    .join(',');
}

function attributeText(attr: forge.pki.CertificateField): string {
  const value = typeof attr.value === 'string' ? attr.value : '';
  // forge leaves UTF8String values as raw bytes (BMPString is already decoded by its DER parser).
  return attr.valueTagClass === UTF8_STRING ? fromBinary(value).toString('utf8') : value;
}

function escapeRdnValue(value: string): string {
  return value.replace(/[\\,+"<>;=]/g, (c) => `\\${c}`).replace(/^[ #]|[ ]$/g, (c) => `\\${c}`);
}
