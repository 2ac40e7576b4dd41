import { execFileSync } from 'node:child_process';
import { sign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificateFingerprint, createSelfSignedCertificate, type KeyPairCertificate } from '../../src/crypto/certificates.js';
import { CryptoError } from '../../src/crypto/cryptoError.js';
import { signDetached, verifyDetached } from '../../src/crypto/signature.js';

const asn1 = forge.asn1;
type Asn1 = forge.asn1.Asn1;

function errorOf(action: () => unknown): CryptoError {
  try {
    action();
  } catch (error) {
    if (error instanceof CryptoError) return error;
    throw error;
  }
  throw new Error('expected a CryptoError');
}

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Parses a signature and hands its SignedData fields to `edit`, returning the re-encoded DER. */
function editSignedData(der: Buffer, edit: (fields: Asn1[]) => void): Buffer {
  const root = asn1.fromDer(der.toString('binary'));
  const signedData = ((root.value as Asn1[])[1]!.value as Asn1[])[0]!;
  edit(signedData.value as Asn1[]);
  return Buffer.from(asn1.toDer(root).getBytes(), 'binary');
}

describe('detached signatures', () => {
  const content = Buffer.from('{"formatVersion":"1.0","entries":[]}');
  let signer: KeyPairCertificate;
  let attacker: KeyPairCertificate;
  let signature: Buffer;
  let dir: string;

  beforeAll(() => {
    signer = createSelfSignedCertificate({ commonName: 'Signing Registry', organization: 'Acme' });
    attacker = createSelfSignedCertificate({ commonName: 'Attacker' });
    signature = signDetached(content, signer);
    dir = mkdtempSync(join(tmpdir(), 'signature-test-'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a detached signature verifies and names its signer and signing time', () => {
    const result = verifyDetached(signature, content);
    expect(result.signer.fingerprintSha256).toBe(certificateFingerprint(signer.certificatePem));
    expect(result.signer.subject).toBe('CN=Signing Registry,O=Acme');
    expect(result.signer.pem).toBe(signer.certificatePem);
    expect(Math.abs(result.signingTime!.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('the signature is detached: the content is not inside it', () => {
    expect(signature.includes(content)).toBe(false);
  });

  it('changed content is refused as a digest mismatch', () => {
    const error = errorOf(() => verifyDetached(signature, Buffer.from('{"formatVersion":"1.0","entries":[1]}')));
    expect(error.code).toBe('SIGNATURE_INVALID');
    expect(error.message).toMatch(/digest mismatch/);
  });

  it('a forged signature made with another key is refused', () => {
    // Re-sign the very same signed attributes with the attacker's key, keeping the signer's certificate.
    const forged = editSignedData(signature, (fields) => {
      const signerInfo = (fields[4]!.value as Asn1[])[0]!.value as Asn1[];
      const attributes = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, signerInfo[3]!.value as Asn1[]);
      const attributesDer = Buffer.from(asn1.toDer(attributes).getBytes(), 'binary');
      signerInfo[5]!.value = sign('sha256', attributesDer, attacker.privateKeyPem).toString('binary');
    });
    const error = errorOf(() => verifyDetached(forged, content));
    expect(error.code).toBe('SIGNATURE_INVALID');
    expect(error.message).toMatch(/bad signature/);
  });

  it('a corrupted signature byte is refused', () => {
    const corrupted = Buffer.from(signature);
    corrupted[corrupted.length - 20] ^= 0x01; // inside the RSA signature value, the last field
    const error = errorOf(() => verifyDetached(corrupted, content));
    expect(error.code).toBe('SIGNATURE_INVALID');
    expect(error.message).toMatch(/bad signature/);
  });

  it('a signature without the signer certificate is refused', () => {
    const stripped = editSignedData(signature, (fields) => fields.splice(3, 1));
    const error = errorOf(() => verifyDetached(stripped, content));
    expect(error.code).toBe('SIGNATURE_INVALID');
    expect(error.message).toMatch(/no certificate/);
  });

  it('a signature whose embedded certificate is swapped for another is refused', () => {
    const attackerCert = asn1.fromDer(
      forge.pem.decode(attacker.certificatePem)[0]!.body,
    );
    const swapped = editSignedData(signature, (fields) => {
      fields[3]!.value = [attackerCert];
    });
    expect(errorOf(() => verifyDetached(swapped, content)).code).toBe('SIGNATURE_INVALID');
  });

  it('bytes that are not a signature are refused as unparseable', () => {
    for (const garbage of [Buffer.alloc(0), Buffer.from('not der'), signature.subarray(0, signature.length - 1)]) {
      const error = errorOf(() => verifyDetached(garbage, content));
      expect(error.code).toBe('SIGNATURE_INVALID');
      expect(error.message).toMatch(/unparseable/);
    }
  });

  it('signing with a key that does not belong to the certificate is refused', () => {
    const mismatched = { certificatePem: signer.certificatePem, privateKeyPem: attacker.privateKeyPem };
    expect(errorOf(() => signDetached(content, mismatched)).code).toBe('CERTIFICATE_INVALID');
  });

  it('an empty content can be signed and verified', () => {
    const empty = Buffer.alloc(0);
    expect(verifyDetached(signDetached(empty, signer), empty).signer.subject).toBe('CN=Signing Registry,O=Acme');
  });

  it.skipIf(!hasOpenssl())('openssl verifies our signature against the content', () => {
    writeFileSync(join(dir, 'content.bin'), content);
    writeFileSync(join(dir, 'ours.p7s'), signature);
    const args = ['cms', '-verify', '-binary', '-inform', 'DER', '-in', join(dir, 'ours.p7s')];
    expect(() =>
      execFileSync('openssl', [...args, '-content', join(dir, 'content.bin'), '-noverify', '-out', '/dev/null'], {
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });

  it.skipIf(!hasOpenssl())('a detached signature made by openssl verifies', () => {
    writeFileSync(join(dir, 'content.bin'), content);
    writeFileSync(join(dir, 'cert.pem'), signer.certificatePem);
    writeFileSync(join(dir, 'key.pem'), signer.privateKeyPem);
    const out = join(dir, 'openssl.p7s');
    execFileSync('openssl', [
      'cms', '-sign', '-binary', '-md', 'sha256', '-in', join(dir, 'content.bin'), '-signer', join(dir, 'cert.pem'),
      '-inkey', join(dir, 'key.pem'), '-outform', 'DER', '-out', out,
    ], { stdio: 'pipe' });
    const result = verifyDetached(readFileSync(out), content);
    expect(result.signer.fingerprintSha256).toBe(certificateFingerprint(signer.certificatePem));
    expect(errorOf(() => verifyDetached(readFileSync(out), Buffer.from('other'))).code).toBe('SIGNATURE_INVALID');
  });
});
