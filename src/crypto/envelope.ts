import {
  constants,
  createCipheriv,
  createDecipheriv,
  privateDecrypt,
  publicEncrypt,
  randomBytes,
  scrypt as scryptCallback,
  type CipherGCM,
  type DecipherGCM,
} from 'node:crypto';
import { promisify } from 'node:util';
import type { PasswordKeyWrap, RecipientKeyWrap } from '../archive/record.js';
import { certificateFingerprint, certificatePublicKey } from './certificates.js';
import { CryptoError } from './cryptoError.js';

/*
 * Archive encryption: each encrypted entry is AES-256-GCM under one random content key; the content key
 * is wrapped once per recipient certificate (RSA-OAEP-SHA-256) and optionally under a password (scrypt +
 * AES-256-GCM). IVs, tags and wraps come back from an untrusted manifest, so their sizes are checked.
 */

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const CONTENT_KEY = 'the archive content key';

const scryptAsync = promisify(scryptCallback) as (
  password: string,
  salt: Buffer,
  length: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

/** Defaults: 32 MiB, about 0.1 s. */
const SCRYPT_DEFAULTS = { N: 2 ** 15, r: 8, p: 1 };
/**
 * What an untrusted manifest may ask of the server (docs/security.md): N=2^20 with p=4 took 83 s here. Each
 * parameter is bounded, and so are memory (128·N·r ≤ 64 MiB) and work (N·r·p ≤ 2^20, four times the default's):
 * the derivation runs on libuv's thread pool, never on the event loop, but still holds one of its threads.
 */
export const SCRYPT_LIMITS = { N: 2 ** 16, r: 16, p: 4 };
const SCRYPT_MAX_MEMORY = 2 ** 26;
const SCRYPT_MAX_WORK = 2 ** 20;

/** A fresh random 256-bit content key. */
export function generateContentKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/**
 * A GCM cipher with a fresh 12-byte IV. Pipe the entry through it; after it ends, `cipher.getAuthTag()`
 * is the tag to store next to the IV.
 */
export function createEntryEncryptor(key: Buffer): { iv: Buffer; cipher: CipherGCM } {
  const iv = randomBytes(IV_BYTES);
  return { iv, cipher: createCipheriv('aes-256-gcm', key, iv) };
}

/**
 * A GCM decipher stream. A wrong key or tag or altered data makes it emit an error when it ends, and
 * GCM releases plaintext before that: treat the output as untrusted until the stream ends cleanly.
 * Throws DECRYPTION_FAILED at once for a key, IV or tag of the wrong size.
 */
export function createEntryDecryptor(key: Buffer, iv: Buffer, tag: Buffer, entry = 'entry'): DecipherGCM {
  checkSizes(key, iv, tag, entry);
  // authTagLength pins the tag size: node would otherwise accept a truncated (forgeable) 4-byte tag.
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  decipher.setAuthTag(tag);
  return decipher;
}

/** Encrypts a whole buffer under `key` with a fresh IV. */
export function encryptBuffer(key: Buffer, data: Buffer): { iv: Buffer; tag: Buffer; data: Buffer } {
  const { iv, cipher } = createEntryEncryptor(key);
  const encrypted = Buffer.concat([cipher.update(data), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), data: encrypted };
}

/** Decrypts and authenticates a whole buffer. Throws DECRYPTION_FAILED naming `entry`. */
export function decryptBuffer(key: Buffer, iv: Buffer, tag: Buffer, data: Buffer, entry = 'entry'): Buffer {
  const decipher = createEntryDecryptor(key, iv, tag, entry);
  try {
    return Buffer.concat([decipher.update(data), decipher.final()]);
  } catch (error) {
    throw CryptoError.decryptionFailed(entry, 'authentication failed (wrong key or altered data)', error);
  }
}

/** The content key encrypted for a recipient certificate (RSA-OAEP, SHA-256). Throws CERTIFICATE_INVALID. */
export function wrapKeyForCertificate(key: Buffer, certificatePem: string): RecipientKeyWrap {
  const publicKey = certificatePublicKey(certificatePem);
  const wrapped = publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, key);
  return {
    certificateFingerprint: certificateFingerprint(certificatePem),
    algorithm: 'RSA-OAEP-256',
    wrappedKey: wrapped.toString('base64'),
  };
}

/** The content key from a recipient wrap. Throws DECRYPTION_FAILED (wrong key, altered wrap, bad PEM). */
export function unwrapKeyWithPrivateKey(wrap: RecipientKeyWrap, privateKeyPem: string): Buffer {
  if (wrap.algorithm !== 'RSA-OAEP-256') {
    throw CryptoError.decryptionFailed(CONTENT_KEY, `unsupported key wrap algorithm ${String(wrap.algorithm)}`);
  }
  let key: Buffer;
  try {
    key = privateDecrypt(
      { key: privateKeyPem, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
      Buffer.from(wrap.wrappedKey, 'base64'),
    );
  } catch (error) {
    throw CryptoError.decryptionFailed(CONTENT_KEY, 'the private key does not open the recipient wrap', error);
  }
  if (key.length !== KEY_BYTES) throw CryptoError.decryptionFailed(CONTENT_KEY, 'the unwrapped key has the wrong size');
  return key;
}

/**
 * The first RSA-OAEP-256 wrap addressed to one of `fingerprints` (hex SHA-256, any case, colons allowed),
 * or undefined; the caller turns that into RECIPIENT_KEY_MISSING.
 */
export function findRecipientWrap(wraps: RecipientKeyWrap[], fingerprints: string[]): RecipientKeyWrap | undefined {
  const wanted = new Set(fingerprints.map(normalizeFingerprint));
  return wraps.find((w) => w.algorithm === 'RSA-OAEP-256' && wanted.has(normalizeFingerprint(w.certificateFingerprint)));
}

/**
 * The content key wrapped under a password: scrypt (default N=2^15, r=8, p=1; 16-byte random salt)
 * derives a key that encrypts the content key with AES-256-GCM. Throws DECRYPTION_FAILED for parameters
 * beyond what unwrapKeyWithPassword accepts, so no archive is written that cannot be opened.
 */
export async function wrapKeyWithPassword(
  key: Buffer,
  password: string,
  params?: { N?: number; r?: number; p?: number },
): Promise<PasswordKeyWrap> {
  const scrypt = { ...SCRYPT_DEFAULTS, ...params };
  checkScryptParams(scrypt);
  const salt = randomBytes(16);
  const { iv, tag, data } = encryptBuffer(await deriveKey(password, salt, scrypt), key);
  return {
    kdf: 'scrypt',
    salt: salt.toString('base64'),
    ...scrypt,
    algorithm: 'AES-256-GCM',
    iv: iv.toString('base64'),
    tag: tag.toString('base64'),
    wrappedKey: data.toString('base64'),
  };
}

/**
 * The content key from a password wrap. WRONG_PASSWORD when authentication fails (a wrong password and an
 * altered wrap are indistinguishable); DECRYPTION_FAILED, naming the parameter and its limit, for scrypt
 * parameters beyond SCRYPT_LIMITS (N ≤ 2^16, r ≤ 16, p ≤ 4, 128·N·r ≤ 64 MiB, N·r·p ≤ 2^20) or a malformed
 * wrap. Derives asynchronously: the event loop goes on meanwhile.
 */
export async function unwrapKeyWithPassword(wrap: PasswordKeyWrap, password: string): Promise<Buffer> {
  if (wrap.kdf !== 'scrypt' || wrap.algorithm !== 'AES-256-GCM') {
    throw CryptoError.decryptionFailed(CONTENT_KEY, `unsupported password wrap ${String(wrap.kdf)}/${String(wrap.algorithm)}`);
  }
  const scrypt = { N: wrap.N, r: wrap.r, p: wrap.p };
  checkScryptParams(scrypt);
  const salt = Buffer.from(wrap.salt, 'base64');
  if (salt.length < 8) throw CryptoError.decryptionFailed(CONTENT_KEY, 'the scrypt salt is too short');
  const derived = await deriveKey(password, salt, scrypt);
  const iv = Buffer.from(wrap.iv, 'base64');
  const tag = Buffer.from(wrap.tag, 'base64');
  const decipher = createEntryDecryptor(derived, iv, tag, CONTENT_KEY);
  let key: Buffer;
  try {
    key = Buffer.concat([decipher.update(Buffer.from(wrap.wrappedKey, 'base64')), decipher.final()]);
  } catch (error) {
    throw CryptoError.wrongPassword(error);
  }
  if (key.length !== KEY_BYTES) throw CryptoError.decryptionFailed(CONTENT_KEY, 'the unwrapped key has the wrong size');
  return key;
}

function deriveKey(password: string, salt: Buffer, { N, r, p }: { N: number; r: number; p: number }): Promise<Buffer> {
  // scrypt needs 128·N·r bytes (plus 128·r·p); node's default maxmem (32 MiB) is exactly N=2^15, r=8.
  const maxmem = 128 * r * (N + p + 2) + 2 ** 20;
  return scryptAsync(password.normalize('NFC'), salt, KEY_BYTES, { N, r, p, maxmem });
}

function checkScryptParams(params: { N: number; r: number; p: number }): void {
  for (const name of ['N', 'r', 'p'] as const) {
    const value = params[name];
    if (!Number.isSafeInteger(value) || value < 1 || value > SCRYPT_LIMITS[name]) {
      throw CryptoError.decryptionFailed(
        CONTENT_KEY,
        `scrypt parameter ${name}=${String(value)} is outside 1..${SCRYPT_LIMITS[name]} (the limit scryptMax${name})`,
      );
    }
  }
  // scrypt's N must be a power of two greater than 1.
  if (params.N < 2 || (params.N & (params.N - 1)) !== 0) {
    throw CryptoError.decryptionFailed(CONTENT_KEY, `scrypt parameter N=${params.N} is not a power of two`);
  }
  if (128 * params.N * params.r > SCRYPT_MAX_MEMORY) {
    const message = `scrypt parameters N·r=${params.N * params.r} need more than 64 MiB (the limit scryptMaxMemory)`;
    throw CryptoError.decryptionFailed(CONTENT_KEY, message);
  }
  if (params.N * params.r * params.p > SCRYPT_MAX_WORK) {
    const message = `scrypt parameters N·r·p=${params.N * params.r * params.p} exceed 2^20 (the limit scryptMaxWork)`;
    throw CryptoError.decryptionFailed(CONTENT_KEY, message);
  }
}

function checkSizes(key: Buffer, iv: Buffer, tag: Buffer, entry: string): void {
  if (key.length !== KEY_BYTES) throw CryptoError.decryptionFailed(entry, `the key is ${key.length} bytes, not ${KEY_BYTES}`);
  if (iv.length !== IV_BYTES) throw CryptoError.decryptionFailed(entry, `the IV is ${iv.length} bytes, not ${IV_BYTES}`);
  if (tag.length !== TAG_BYTES) throw CryptoError.decryptionFailed(entry, `the tag is ${tag.length} bytes, not ${TAG_BYTES}`);
}

function normalizeFingerprint(fingerprint: string): string {
  return fingerprint.replace(/:/g, '').toLowerCase();
}
