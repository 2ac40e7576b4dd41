import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PasswordKeyWrap } from '../../src/archive/record.js';
import { certificateFingerprint, createSelfSignedCertificate, type KeyPairCertificate } from '../../src/crypto/certificates.js';
import { CryptoError } from '../../src/crypto/cryptoError.js';
import {
  createEntryDecryptor,
  createEntryEncryptor,
  decryptBuffer,
  encryptBuffer,
  findRecipientWrap,
  generateContentKey,
  unwrapKeyWithPassword,
  unwrapKeyWithPrivateKey,
  wrapKeyForCertificate,
  wrapKeyWithPassword,
} from '../../src/crypto/envelope.js';

// Cheap scrypt for tests that are not about the cost; one test uses the real defaults.
const FAST = { N: 2 ** 10, r: 8, p: 1 };

async function asyncErrorOf(action: () => Promise<unknown>): Promise<CryptoError> {
  try {
    await action();
  } catch (error) {
    if (error instanceof CryptoError) return error;
    throw error;
  }
  throw new Error('expected a CryptoError');
}

function errorOf(action: () => unknown): CryptoError {
  try {
    action();
  } catch (error) {
    if (error instanceof CryptoError) return error;
    throw error;
  }
  throw new Error('expected a CryptoError');
}

async function collect(source: Readable, transform: NodeJS.ReadWriteStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await pipeline(source, transform, sink);
  return Buffer.concat(chunks);
}

describe('envelope', () => {
  const plaintext = Buffer.from('{"uuid":"1"}\n'.repeat(5000));
  let recipient: KeyPairCertificate;
  let stranger: KeyPairCertificate;

  beforeAll(() => {
    recipient = createSelfSignedCertificate({ commonName: 'Recipient' });
    stranger = createSelfSignedCertificate({ commonName: 'Stranger' });
  });

  it('a content key is 32 random bytes', () => {
    const key = generateContentKey();
    expect(key).toHaveLength(32);
    expect(key.equals(generateContentKey())).toBe(false);
  });

  it('an encrypted buffer decrypts to the original', () => {
    const key = generateContentKey();
    const { iv, tag, data } = encryptBuffer(key, plaintext);
    expect(iv).toHaveLength(12);
    expect(tag).toHaveLength(16);
    expect(data.equals(plaintext)).toBe(false);
    expect(decryptBuffer(key, iv, tag, data).equals(plaintext)).toBe(true);
  });

  it('each encryption uses a fresh IV', () => {
    const key = generateContentKey();
    expect(encryptBuffer(key, plaintext).iv.equals(encryptBuffer(key, plaintext).iv)).toBe(false);
  });

  it('a flipped ciphertext byte fails decryption', () => {
    const key = generateContentKey();
    const { iv, tag, data } = encryptBuffer(key, plaintext);
    data[100] ^= 0x01;
    const error = errorOf(() => decryptBuffer(key, iv, tag, data, 'objects.ndjson'));
    expect(error.code).toBe('DECRYPTION_FAILED');
    expect(error.message).toContain('objects.ndjson');
  });

  it('a wrong key fails decryption', () => {
    const { iv, tag, data } = encryptBuffer(generateContentKey(), plaintext);
    expect(errorOf(() => decryptBuffer(generateContentKey(), iv, tag, data)).code).toBe('DECRYPTION_FAILED');
  });

  it('a truncated tag or IV is refused before decrypting', () => {
    const key = generateContentKey();
    const { iv, tag, data } = encryptBuffer(key, plaintext);
    expect(errorOf(() => decryptBuffer(key, iv, tag.subarray(0, 4), data)).message).toMatch(/tag is 4 bytes/);
    expect(errorOf(() => decryptBuffer(key, iv.subarray(0, 8), tag, data)).message).toMatch(/IV is 8 bytes/);
  });

  it('the stream encryptor and decryptor round-trip through a pipeline', async () => {
    const key = generateContentKey();
    const { iv, cipher } = createEntryEncryptor(key);
    const encrypted = await collect(Readable.from([plaintext.subarray(0, 1000), plaintext.subarray(1000)]), cipher);
    const tag = cipher.getAuthTag();
    const decrypted = await collect(Readable.from([encrypted]), createEntryDecryptor(key, iv, tag));
    expect(decrypted.equals(plaintext)).toBe(true);
  });

  it('a stream decryptor errors at the end when the data was altered', async () => {
    const key = generateContentKey();
    const { iv, tag, data } = encryptBuffer(key, plaintext);
    data[data.length - 1] ^= 0x80;
    await expect(collect(Readable.from([data]), createEntryDecryptor(key, iv, tag))).rejects.toThrow();
  });

  it('a key wrapped for a certificate unwraps with its private key', () => {
    const key = generateContentKey();
    const wrap = wrapKeyForCertificate(key, recipient.certificatePem);
    expect(wrap.algorithm).toBe('RSA-OAEP-256');
    expect(wrap.certificateFingerprint).toBe(certificateFingerprint(recipient.certificatePem));
    expect(unwrapKeyWithPrivateKey(wrap, recipient.privateKeyPem).equals(key)).toBe(true);
  });

  it('a key wrapped for one certificate does not unwrap with another private key', () => {
    const wrap = wrapKeyForCertificate(generateContentKey(), recipient.certificatePem);
    expect(errorOf(() => unwrapKeyWithPrivateKey(wrap, stranger.privateKeyPem)).code).toBe('DECRYPTION_FAILED');
  });

  it('wrapping for something that is not a certificate is refused', () => {
    expect(errorOf(() => wrapKeyForCertificate(generateContentKey(), 'nope')).code).toBe('CERTIFICATE_INVALID');
  });

  it('the recipient wrap is found by any of our fingerprints, in any case, with or without colons', () => {
    const key = generateContentKey();
    const wraps = [wrapKeyForCertificate(key, stranger.certificatePem), wrapKeyForCertificate(key, recipient.certificatePem)];
    const ours = certificateFingerprint(recipient.certificatePem);
    const colonUpper = ours.toUpperCase().match(/../g)!.join(':');
    expect(findRecipientWrap(wraps, ['00ff', colonUpper])).toBe(wraps[1]);
    expect(findRecipientWrap(wraps, ['00ff'])).toBeUndefined();
    expect(findRecipientWrap([], [ours])).toBeUndefined();
  });

  it('a password-wrapped key unwraps with the password, with the default scrypt cost', async () => {
    const key = generateContentKey();
    const wrap = await wrapKeyWithPassword(key, 'archive password');
    expect([wrap.kdf, wrap.N, wrap.r, wrap.p, wrap.algorithm]).toEqual(['scrypt', 2 ** 15, 8, 1, 'AES-256-GCM']);
    expect(Buffer.from(wrap.salt, 'base64')).toHaveLength(16);
    expect((await unwrapKeyWithPassword(wrap, 'archive password')).equals(key)).toBe(true);
  });

  it('a wrong archive password is refused', async () => {
    const wrap = await wrapKeyWithPassword(generateContentKey(), 'archive password', FAST);
    expect((await asyncErrorOf(() => unwrapKeyWithPassword(wrap, 'archive passwort'))).code).toBe('WRONG_PASSWORD');
    expect((await asyncErrorOf(() => unwrapKeyWithPassword(wrap, ''))).code).toBe('WRONG_PASSWORD');
  });

  it('a tampered password wrap is refused', async () => {
    const wrap = await wrapKeyWithPassword(generateContentKey(), 'pw', FAST);
    const bytes = Buffer.from(wrap.wrappedKey, 'base64');
    bytes[0] ^= 0x01;
    const tampered = { ...wrap, wrappedKey: bytes.toString('base64') };
    expect((await asyncErrorOf(() => unwrapKeyWithPassword(tampered, 'pw'))).code).toBe('WRONG_PASSWORD');
    expect((await asyncErrorOf(() => unwrapKeyWithPassword({ ...wrap, N: 2 ** 11 }, 'pw'))).code).toBe('WRONG_PASSWORD');
  });

  it('absurd scrypt parameters from a manifest are refused, naming the parameter, before any derivation', async () => {
    const wrap = await wrapKeyWithPassword(generateContentKey(), 'pw', FAST);
    const cases: [Partial<PasswordKeyWrap>, RegExp][] = [
      [{ N: 2 ** 17 }, /parameter N=.*scryptMaxN/],
      [{ r: 17 }, /parameter r=.*scryptMaxr/],
      [{ p: 5 }, /parameter p=.*scryptMaxp/],
      [{ N: 0 }, /parameter N=/],
      [{ N: 1000 }, /not a power of two/],
      [{ r: 1.5 }, /parameter r=/],
      [{ N: 2 ** 16, r: 16 }, /N·r=.*scryptMaxMemory/],
      [{ N: 2 ** 16, r: 8, p: 4 }, /N·r·p=.*scryptMaxWork/],
      [{ N: 2 ** 20, p: 4 }, /parameter N=/], // took 83 s on the event loop before the limits
    ];
    // Refused before deriving: a derivation with these parameters would be refused by scrypt itself or, after
    // seconds and gigabytes, end in the authentication failure, which names no parameter. (No clock: a busy
    // machine is slow at anything.)
    for (const [change, reason] of cases) {
      const error = await asyncErrorOf(() => unwrapKeyWithPassword({ ...wrap, ...change }, 'pw'));
      expect(error.code).toBe('DECRYPTION_FAILED');
      expect(error.message).toMatch(reason);
    }
  });

  it('a password wrap with absurd parameters is not created either', async () => {
    expect((await asyncErrorOf(() => wrapKeyWithPassword(generateContentKey(), 'pw', { N: 2 ** 22 }))).code).toBe('DECRYPTION_FAILED');
  });
});
