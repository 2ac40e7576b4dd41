import { X509Certificate, createPrivateKey } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  certificateFingerprint,
  createSelfSignedCertificate,
  describeCertificate,
  type KeyPairCertificate,
} from '../../src/crypto/certificates.js';
import { CryptoError } from '../../src/crypto/cryptoError.js';

const DAY_MS = 86_400_000;

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof CryptoError) return error.code;
    throw error;
  }
  return undefined;
}

describe('certificates', () => {
  let pair: KeyPairCertificate;

  beforeAll(() => {
    pair = createSelfSignedCertificate({ commonName: 'Registry A', organization: 'Acme, Inc.' });
  });

  it('a self-signed certificate names its subject as issuer, escaping RDN specials', () => {
    const info = describeCertificate(pair.certificatePem);
    expect(info.subject).toBe('CN=Registry A,O=Acme\\, Inc.');
    expect(info.issuer).toBe(info.subject);
  });

  it('a certificate is valid for 3650 days by default, starting slightly in the past', () => {
    const info = describeCertificate(pair.certificatePem);
    expect(info.notBefore.getTime()).toBeLessThanOrEqual(Date.now());
    const days = (info.notAfter.getTime() - Date.now()) / DAY_MS;
    expect(days).toBeGreaterThan(3649.9);
    expect(days).toBeLessThanOrEqual(3650);
  });

  it('validityDays sets the expiry', () => {
    const short = createSelfSignedCertificate({ commonName: 'Short', validityDays: 2 });
    const days = (describeCertificate(short.certificatePem).notAfter.getTime() - Date.now()) / DAY_MS;
    expect(days).toBeGreaterThan(1.99);
    expect(days).toBeLessThanOrEqual(2);
  });

  it('the fingerprint is the lower-case hex SHA-256 of the certificate DER', () => {
    const expected = new X509Certificate(pair.certificatePem).fingerprint256.replace(/:/g, '').toLowerCase();
    expect(certificateFingerprint(pair.certificatePem)).toBe(expected);
    expect(describeCertificate(pair.certificatePem).fingerprintSha256).toBe(expected);
  });

  it('node:crypto accepts the certificate: self-signature, matching key, end-entity', () => {
    const x509 = new X509Certificate(pair.certificatePem);
    expect(x509.verify(x509.publicKey)).toBe(true);
    expect(x509.checkPrivateKey(createPrivateKey(pair.privateKeyPem))).toBe(true);
    expect(x509.ca).toBe(false);
    expect(x509.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
  });

  it('the serial number is random, positive, lower-case hex', () => {
    const other = createSelfSignedCertificate({ commonName: 'Registry A' });
    const a = describeCertificate(pair.certificatePem).serialNumber;
    const b = describeCertificate(other.certificatePem).serialNumber;
    expect(a).toMatch(/^[0-7][0-9a-f]{31}$/);
    expect(a).not.toBe(b);
    expect(new X509Certificate(pair.certificatePem).serialNumber.toLowerCase()).toBe(a);
  });

  it('names outside ASCII survive', () => {
    const pairUtf8 = createSelfSignedCertificate({ commonName: 'Zürich Registry 東京', organization: 'Ørsted' });
    expect(describeCertificate(pairUtf8.certificatePem).subject).toBe('CN=Zürich Registry 東京,O=Ørsted');
    expect(new X509Certificate(pairUtf8.certificatePem).subject).toContain('CN=Zürich Registry 東京');
  });

  it('the described PEM is normalized and is the same certificate', () => {
    const messy = pair.certificatePem.replace(/\n/g, '\r\n');
    const info = describeCertificate(`  ${messy}  `);
    expect(info.pem).toBe(pair.certificatePem);
    expect(certificateFingerprint(info.pem)).toBe(certificateFingerprint(pair.certificatePem));
  });

  it('garbage is refused with CERTIFICATE_INVALID', () => {
    expect(codeOf(() => describeCertificate('not a certificate'))).toBe('CERTIFICATE_INVALID');
    const junkPem = `-----BEGIN CERTIFICATE-----\n${Buffer.from('junk bytes').toString('base64')}\n-----END CERTIFICATE-----\n`;
    expect(codeOf(() => describeCertificate(junkPem))).toBe('CERTIFICATE_INVALID');
    expect(codeOf(() => certificateFingerprint(junkPem))).toBe('CERTIFICATE_INVALID');
    expect(codeOf(() => describeCertificate(pair.privateKeyPem))).toBe('CERTIFICATE_INVALID');
  });

  it('an empty common name is refused', () => {
    expect(codeOf(() => createSelfSignedCertificate({ commonName: ' ' }))).toBe('CERTIFICATE_INVALID');
  });
});
