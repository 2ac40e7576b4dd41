import { execFileSync } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificateFingerprint, createSelfSignedCertificate } from '../../src/crypto/certificates.js';
import { CryptoError } from '../../src/crypto/cryptoError.js';
import { exportKeystore, importKeystore, type KeystoreEntry } from '../../src/crypto/keystore.js';

const PASSWORD = 'correct horse battery staple';

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof CryptoError) return error.code;
    throw error;
  }
  return undefined;
}

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function oidBytes(hex: string): Buffer {
  return Buffer.from(hex.replace(/\s/g, ''), 'hex');
}
const AES256_CBC_OID = oidBytes('06 09 60 86 48 01 65 03 04 01 2a');
const RC2_CBC_OID = oidBytes('06 08 2a 86 48 86 f7 0d 03 02');
const PBE_SHA_RC2_40_OID = oidBytes('06 0a 2a 86 48 86 f7 0d 01 0c 01 06');

describe('keystore', () => {
  let entries: KeystoreEntry[];
  let dir: string;

  beforeAll(() => {
    entries = ['registry-a', 'registry b', 'Zürich ключ'].map((alias) => ({
      alias,
      ...createSelfSignedCertificate({ commonName: alias }),
    }));
    dir = mkdtempSync(join(tmpdir(), 'keystore-test-'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a keystore exported and imported keeps fingerprints and aliases', () => {
    const imported = importKeystore(exportKeystore(entries, PASSWORD), PASSWORD);
    expect(imported.map((e) => e.alias)).toEqual(entries.map((e) => e.alias));
    expect(imported.map((e) => certificateFingerprint(e.certificatePem))).toEqual(
      entries.map((e) => certificateFingerprint(e.certificatePem)),
    );
  });

  it('imported private keys are the exported ones, as PKCS#8 PEM', () => {
    const imported = importKeystore(exportKeystore(entries, PASSWORD), PASSWORD);
    imported.forEach((entry, i) => {
      expect(entry.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
      const der = (pem: string) => createPrivateKey(pem).export({ type: 'pkcs8', format: 'der' });
      expect(der(entry.privateKeyPem).equals(der(entries[i]!.privateKeyPem))).toBe(true);
    });
  });

  it('a wrong keystore password is refused with WRONG_PASSWORD', () => {
    const p12 = exportKeystore(entries.slice(0, 1), PASSWORD);
    expect(codeOf(() => importKeystore(p12, 'wrong password'))).toBe('WRONG_PASSWORD');
    expect(codeOf(() => importKeystore(p12, ''))).toBe('WRONG_PASSWORD');
  });

  it('a password outside ASCII opens the keystore it protects', () => {
    const password = 'pässwört 密码 🔑';
    const imported = importKeystore(exportKeystore(entries.slice(0, 1), password), password);
    expect(imported[0]!.alias).toBe('registry-a');
    expect(codeOf(() => importKeystore(exportKeystore(entries.slice(0, 1), password), 'passwort'))).toBe('WRONG_PASSWORD');
  });

  it('a file that is not PKCS#12 is refused with KEYSTORE_INVALID', () => {
    expect(codeOf(() => importKeystore(Buffer.from('definitely not a keystore'), PASSWORD))).toBe('KEYSTORE_INVALID');
    expect(codeOf(() => importKeystore(Buffer.alloc(0), PASSWORD))).toBe('KEYSTORE_INVALID');
    const pemAsBytes = Buffer.from(entries[0]!.certificatePem);
    expect(codeOf(() => importKeystore(pemAsBytes, PASSWORD))).toBe('KEYSTORE_INVALID');
  });

  it('private keys are encrypted with AES-256, never RC2, and never stored in clear', () => {
    const p12 = exportKeystore(entries, PASSWORD);
    expect(p12.includes(AES256_CBC_OID)).toBe(true);
    expect(p12.includes(RC2_CBC_OID)).toBe(false);
    expect(p12.includes(PBE_SHA_RC2_40_OID)).toBe(false);
    for (const entry of entries) {
      const clearKey = createPrivateKey(entry.privateKeyPem).export({ type: 'pkcs8', format: 'der' });
      expect(p12.includes(clearKey.subarray(30, 90))).toBe(false);
    }
  });

  it('a key that does not belong to its certificate is refused on export', () => {
    const mismatched = { ...entries[0]!, privateKeyPem: entries[1]!.privateKeyPem };
    expect(codeOf(() => exportKeystore([mismatched], PASSWORD))).toBe('CERTIFICATE_INVALID');
  });

  it('duplicate or empty aliases and an empty password are refused on export', () => {
    expect(codeOf(() => exportKeystore([entries[0]!, { ...entries[1]!, alias: 'registry-a' }], PASSWORD))).toBe(
      'KEYSTORE_INVALID',
    );
    expect(codeOf(() => exportKeystore([{ ...entries[0]!, alias: '' }], PASSWORD))).toBe('KEYSTORE_INVALID');
    expect(codeOf(() => exportKeystore(entries, ''))).toBe('KEYSTORE_INVALID');
  });

  it.skipIf(!hasOpenssl())('openssl reads our keystore with the same password', () => {
    const file = join(dir, 'ours.p12');
    writeFileSync(file, exportKeystore(entries, PASSWORD));
    const out = execFileSync('openssl', ['pkcs12', '-in', file, '-passin', `pass:${PASSWORD}`, '-nodes'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out.match(/BEGIN PRIVATE KEY/g)).toHaveLength(3);
    expect(out).toContain('friendlyName: registry b');
  });

  it.skipIf(!hasOpenssl())('a keystore written by openssl is imported with its alias', () => {
    const [entry] = entries;
    writeFileSync(join(dir, 'cert.pem'), entry!.certificatePem);
    writeFileSync(join(dir, 'key.pem'), entry!.privateKeyPem);
    const file = join(dir, 'openssl.p12');
    // OpenSSL 3 defaults: PBES2/AES-256-CBC for keys and certificates, HMAC-SHA-256 MAC.
    execFileSync('openssl', [
      'pkcs12', '-export', '-in', join(dir, 'cert.pem'), '-inkey', join(dir, 'key.pem'),
      '-name', 'from-openssl', '-out', file, '-passout', `pass:${PASSWORD}`,
    ], { stdio: 'ignore' });
    const imported = importKeystore(readFileSync(file), PASSWORD);
    expect(imported).toHaveLength(1);
    expect(imported[0]!.alias).toBe('from-openssl');
    expect(certificateFingerprint(imported[0]!.certificatePem)).toBe(certificateFingerprint(entry!.certificatePem));
    expect(codeOf(() => importKeystore(readFileSync(file), 'nope'))).toBe('WRONG_PASSWORD');
  });
});
