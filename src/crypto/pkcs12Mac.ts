import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import forge from 'node-forge';
import { CryptoError } from './cryptoError.js';
import { algorithmIdentifier, asn1, childrenOf, fromBinary, oidOf, primitiveOf, toBinary, type Asn1 } from './der.js';

/*
 * The PKCS#12 password-integrity MAC (RFC 7292 §5, appendix B key derivation). We check it ourselves rather
 * than through forge's pkcs12FromAsn1 because forge decrypts keys with the same call, and it encodes the
 * password differently for PBES2 than OpenSSL and node:crypto do (see keystore.ts).
 */

const MAC_ITERATIONS = 2048; // OpenSSL's default, so `openssl pkcs12` opens our keystores without options
// Verifying costs this many pure-JS hash rounds: cap it so a hostile file cannot stall the event loop.
const MAX_MAC_ITERATIONS = 200_000;

const DIGESTS: Record<string, { node: string; bytes: number; forge: () => forge.md.MessageDigest }> = {
  [forge.pki.oids.sha1]: { node: 'sha1', bytes: 20, forge: () => forge.md.sha1.create() },
  [forge.pki.oids.sha256]: { node: 'sha256', bytes: 32, forge: () => forge.md.sha256.create() },
  [forge.pki.oids.sha384]: { node: 'sha384', bytes: 48, forge: () => forge.md.sha384.create() },
  [forge.pki.oids.sha512]: { node: 'sha512', bytes: 64, forge: () => forge.md.sha512.create() },
};

/** MacData (HMAC-SHA-256) over the AuthenticatedSafe content bytes. */
export function createMacData(authSafe: Buffer, password: string): Asn1 {
  const oid = forge.pki.oids.sha256;
  const salt = randomBytes(16);
  const mac = computeMac(oid, authSafe, password, salt, MAC_ITERATIONS);
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
      algorithmIdentifier(oid),
      asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, toBinary(mac)),
    ]),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, toBinary(salt)),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(MAC_ITERATIONS).getBytes()),
  ]);
}

/**
 * Throws WRONG_PASSWORD when the MAC does not match, KEYSTORE_INVALID when the MacData is malformed or
 * uses an unsupported digest.
 */
export function verifyMacData(macData: Asn1, authSafe: Buffer, password: string): void {
  let oid: string, expected: Buffer, salt: Buffer, iterations: number;
  try {
    const [digestInfo, saltNode, iterationsNode] = childrenOf(macData, 'MacData');
    const [algorithm, digest] = childrenOf(digestInfo, 'MacData.mac');
    oid = oidOf(childrenOf(algorithm, 'MacData.mac.digestAlgorithm')[0], 'MacData digest algorithm');
    expected = fromBinary(primitiveOf(digest, asn1.Type.OCTETSTRING, 'MacData digest'));
    salt = fromBinary(primitiveOf(saltNode, asn1.Type.OCTETSTRING, 'MacData salt'));
    // RFC 7292: iterations DEFAULT 1
    iterations = iterationsNode ? asn1.derToInteger(primitiveOf(iterationsNode, asn1.Type.INTEGER, 'iterations')) : 1;
  } catch (error) {
    throw CryptoError.keystoreInvalid('malformed integrity MAC', error);
  }
  if (!DIGESTS[oid]) throw CryptoError.keystoreInvalid(`unsupported MAC digest ${oid}`);
  if (!(iterations >= 1 && iterations <= MAX_MAC_ITERATIONS)) {
    throw CryptoError.keystoreInvalid(`MAC iteration count ${iterations} out of range`);
  }
  const actual = computeMac(oid, authSafe, password, salt, iterations);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) throw CryptoError.wrongPassword();
}

function computeMac(oid: string, data: Buffer, password: string, salt: Buffer, iterations: number): Buffer {
  const digest = DIGESTS[oid]!;
  // ID 3 = MAC key material; forge encodes the password as a BMPString, as the standard requires.
  const key = forge.pkcs12.generateKey(
    password,
    forge.util.createBuffer(toBinary(salt)),
    3,
    iterations,
    digest.bytes,
    digest.forge(),
  );
  return createHmac(digest.node, fromBinary(key.getBytes())).update(data).digest();
}
