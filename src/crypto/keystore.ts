import { createPrivateKey, createPublicKey, randomBytes, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import {
  assertKeyMatchesCertificate,
  certificateDerFromPem,
  derToPem,
  publicKeyOfDer,
  type KeyPairCertificate,
} from './certificates.js';
import { CryptoError } from './cryptoError.js';
import { asn1, childrenOf, derOf, fromBinary, oidNode, parseDer, primitiveOf, sha256, toBinary, type Asn1 } from './der.js';
import { createMacData, verifyMacData } from './pkcs12Mac.js';

const pki = forge.pki;
const { Class, Type } = asn1;

export interface KeystoreEntry extends KeyPairCertificate {
  alias: string;
}

/**
 * A password-protected PKCS#12 keystore (DER) holding each entry as a private-key bag and a certificate
 * bag, both carrying friendlyName = alias and a shared localKeyId. Private keys are PBES2-encrypted
 * (PBKDF2-HMAC-SHA-256, AES-256-CBC; never RC2 or 3DES); integrity is an HMAC-SHA-256 MAC. Certificates
 * are public and stored unencrypted. `openssl pkcs12` reads the result.
 * Throws KEYSTORE_INVALID for an empty or duplicate alias or an empty password, CERTIFICATE_INVALID
 * when a key does not belong to its certificate.
 */
export function exportKeystore(entries: KeystoreEntry[], password: string): Buffer {
  if (!password) throw CryptoError.keystoreInvalid('the password is empty');
  const aliases = new Set<string>();
  const certBags: Asn1[] = [];
  const keyBags: Asn1[] = [];
  for (const entry of entries) {
    if (!entry.alias) throw CryptoError.keystoreInvalid('an entry has an empty alias');
    if (aliases.has(entry.alias)) throw CryptoError.keystoreInvalid(`duplicate alias "${entry.alias}"`);
    aliases.add(entry.alias);
    assertKeyMatchesCertificate(entry);

    const attributes = bagAttributes(entry.alias, randomBytes(20));
    // node:crypto writes EncryptedPrivateKeyInfo natively: PBES2, PBKDF2-HMAC-SHA-256, UTF-8 password.
    const encryptedKey = createPrivateKey(entry.privateKeyPem).export({
      type: 'pkcs8',
      format: 'der',
      cipher: 'aes-256-cbc',
      passphrase: password,
    });
    keyBags.push(safeBag(pki.oids.pkcs8ShroudedKeyBag, parseDer(encryptedKey), attributes));
    const certBag = seq([oidNode(pki.oids.x509Certificate), explicit0(octets(certificateDerFromPem(entry.certificatePem)))]);
    certBags.push(safeBag(pki.oids.certBag, certBag, attributes));
  }

  const authSafe = derOf(seq([dataContentInfo(derOf(seq(certBags))), dataContentInfo(derOf(seq(keyBags)))]));
  const pfx = seq([
    asn1.create(Class.UNIVERSAL, Type.INTEGER, false, asn1.integerToDer(3).getBytes()),
    dataContentInfo(authSafe),
    createMacData(authSafe, password),
  ]);
  return derOf(pfx);
}

/**
 * Entries of a PKCS#12 keystore, in the order of its private keys, each paired with the certificate that
 * holds its public key. The alias is the key's friendlyName (else the certificate's, else its
 * fingerprint). Certificates without a key (CA chains) are ignored.
 * Throws WRONG_PASSWORD when the integrity MAC does not match, KEYSTORE_INVALID for anything that is not
 * a MAC-protected PKCS#12 file or holds a key without its certificate.
 */
export function importKeystore(p12: Buffer, password: string): KeystoreEntry[] {
  let version: Asn1, authSafeInfo: Asn1, macData: Asn1 | undefined, authSafe: Buffer;
  try {
    [version, authSafeInfo, macData] = childrenOf(parseDer(p12), 'PFX') as [Asn1, Asn1, Asn1 | undefined];
    authSafe = octetStringContent(childrenOf(childrenOf(authSafeInfo, 'authSafe')[1], 'authSafe content')[0]);
  } catch (error) {
    throw CryptoError.keystoreInvalid('not a PKCS#12 file', error);
  }
  // Without a MAC a wrong password would surface as garbage keys, or not at all.
  if (!macData) throw CryptoError.keystoreInvalid('the keystore has no integrity MAC');
  verifyMacData(macData, authSafe, password);

  const pfx = decodeWithoutMac(seq([version, authSafeInfo]), password);
  const keys: { key: KeyObject; alias: string | undefined }[] = [];
  const certs: { der: Buffer; alias: string | undefined }[] = [];
  for (const safeContents of pfx.safeContents) {
    for (const bag of safeContents.safeBags) {
      const alias = (bag.attributes as { friendlyName?: string[] }).friendlyName?.[0];
      if (bag.type === pki.oids.certBag && bag.cert) certs.push({ der: derOf(pki.certificateToAsn1(bag.cert)), alias });
      else if (bag.key) keys.push({ key: createPrivateKey(pki.privateKeyToPem(bag.key)), alias });
      else if (bag.asn1 && bag.type !== pki.oids.certBag) keys.push({ key: nonRsaKey(bag.asn1), alias });
    }
  }

  return keys.map(({ key, alias }) => {
    const spki = createPublicKey(key).export({ type: 'spki', format: 'der' });
    const cert = certs.find((c) => publicKeyOfDer(c.der).export({ type: 'spki', format: 'der' }).equals(spki));
    if (!cert) throw CryptoError.keystoreInvalid(`the key "${alias ?? '(unnamed)'}" has no certificate`);
    const certificatePem = derToPem(cert.der);
    return {
      alias: alias ?? cert.alias ?? sha256(cert.der).toString('hex'),
      certificatePem,
      privateKeyPem: key.export({ type: 'pkcs8', format: 'pem' }).toString(),
    };
  });
}

function decodeWithoutMac(pfx: Asn1, password: string): forge.pkcs12.Pkcs12Pfx {
  // forge feeds the password to PBKDF2 as a byte string: give it the UTF-8 bytes that OpenSSL and node use.
  // Legacy PKCS#12 PBEs want the password itself (forge encodes it as BMPString), hence the second try.
  const utf8 = toBinary(Buffer.from(password, 'utf8'));
  const candidates = utf8 === password ? [password] : [utf8, password];
  let lastError: unknown;
  for (const candidate of candidates) {
    try {
      return forge.pkcs12.pkcs12FromAsn1(pfx, false, candidate);
    } catch (error) {
      lastError = error;
    }
  }
  // The MAC already proved the password, so a failure here means the content itself is bad.
  throw CryptoError.keystoreInvalid('the keystore content cannot be decoded', lastError);
}

function nonRsaKey(privateKeyInfo: Asn1): KeyObject {
  // forge parses only RSA keys and hands others back as decrypted PrivateKeyInfo.
  try {
    return createPrivateKey({ key: derOf(privateKeyInfo), format: 'der', type: 'pkcs8' });
  } catch (error) {
    throw CryptoError.keystoreInvalid('a private key cannot be read', error);
  }
}

function octetStringContent(node: Asn1 | undefined): Buffer {
  // BER writers (Java keytool among them) may split the content into a constructed OCTET STRING.
  if (node && node.type === Type.OCTETSTRING && Array.isArray(node.value)) {
    return Buffer.concat(node.value.map((part) => octetStringContent(part)));
  }
  return fromBinary(primitiveOf(node, Type.OCTETSTRING, 'OCTET STRING'));
}

function bagAttributes(alias: string, localKeyId: Buffer): Asn1 {
  return asn1.create(Class.UNIVERSAL, Type.SET, true, [
    attribute(pki.oids.localKeyId, octets(localKeyId)),
    // BMPString: forge writes each UTF-16 code unit big-endian, as PKCS#12 specifies.
    attribute(pki.oids.friendlyName, asn1.create(Class.UNIVERSAL, Type.BMPSTRING, false, alias)),
  ]);
}

function attribute(oid: string, value: Asn1): Asn1 {
  return seq([oidNode(oid), asn1.create(Class.UNIVERSAL, Type.SET, true, [value])]);
}

function safeBag(bagOid: string, value: Asn1, attributes: Asn1): Asn1 {
  return seq([oidNode(bagOid), explicit0(value), attributes]);
}

function dataContentInfo(content: Buffer): Asn1 {
  return seq([oidNode(pki.oids.data), explicit0(octets(content))]);
}

function seq(children: Asn1[]): Asn1 {
  return asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, children);
}

function explicit0(child: Asn1): Asn1 {
  return asn1.create(Class.CONTEXT_SPECIFIC, 0, true, [child]);
}

function octets(bytes: Buffer): Asn1 {
  return asn1.create(Class.UNIVERSAL, Type.OCTETSTRING, false, toBinary(bytes));
}
