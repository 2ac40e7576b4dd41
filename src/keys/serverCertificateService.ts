import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AccessControl } from '../auth/accessControl.js';
import { createSelfSignedCertificate, describeCertificate, type CertificateInfo } from '../crypto/certificates.js';
import { CryptoError } from '../crypto/cryptoError.js';
import { exportKeystore, importKeystore } from '../crypto/keystore.js';
import { Role } from '../domain/objectKind.js';
import { RegistryError } from '../errors/registryError.js';
import { ServerKeyring, type ServerKey } from './serverKeyring.js';

/** A server certificate as administrators see it: the certificate's facts and its place in the key history. */
export interface ServerCertificateView extends CertificateInfo {
  id: string;
  current: boolean;
  createdAt: Date;
  retiredAt: Date | null;
}

export interface KeystoreFile {
  fileName: string;
  /** PKCS#12 (DER), password-protected. */
  content: Buffer;
  keyCount: number;
}

export interface KeystoreImport {
  /** Keys in the file. */
  keyCount: number;
  /** Keys the registry did not hold before. */
  added: number;
  current: ServerCertificateView;
}

function viewOf(key: ServerKey): ServerCertificateView {
  return { ...describeCertificate(key.certificatePem), id: key.id, current: key.current, createdAt: key.createdAt, retiredAt: key.retiredAt };
}

/**
 * The server's certificates: anyone signed in may read the current one (to encrypt archives for this registry
 * or trust its signature); administrators see the history, replace the certificate, and move the keys between
 * registries as a PKCS#12 key store. Replaced keys stay, so old archives still verify and decrypt.
 */
export class ServerCertificateService {
  private readonly keyring: ServerKeyring;

  constructor(
    em: SqlEntityManager,
    private readonly access: AccessControl,
  ) {
    this.keyring = new ServerKeyring(em);
  }

  async current(): Promise<ServerCertificateView> {
    return viewOf(await this.keyring.current());
  }

  /** Every key, current first, then newest first. Administrators only. */
  async history(): Promise<ServerCertificateView[]> {
    this.assertAdministrator('read the server certificate history');
    return (await this.keyring.all()).map(viewOf);
  }

  /** A new self-signed certificate and key become current; the old one moves to history. Administrators only. */
  async replace(commonName: string): Promise<ServerCertificateView> {
    this.assertAdministrator('replace the server certificate');
    if (!commonName.trim()) throw RegistryError.badInput('commonName must not be empty.');
    return viewOf(await this.keyring.replaceWith(createSelfSignedCertificate({ commonName: commonName.trim(), organization: 'Registry Bridge' })));
  }

  /** All keys (current first) in a PKCS#12 file protected by `password`. Administrators only. */
  async exportKeystore(password: string): Promise<KeystoreFile> {
    this.assertAdministrator('export the server key store');
    if (!password) throw RegistryError.badInput('The key store needs a password.');
    const keys = await this.keyring.all();
    const entries = keys.map((k) => ({ alias: `registry-key-${k.fingerprint.slice(0, 16)}`, certificatePem: k.certificatePem, privateKeyPem: k.privateKeyPem }));
    const day = new Date().toISOString().slice(0, 10);
    return { fileName: `registry-keystore-${day}.p12`, content: exportKeystore(entries, password), keyCount: keys.length };
  }

  /**
   * Adds the keys of a PKCS#12 file to the history; with `makeCurrent` its first key (the current one of the
   * registry that exported it) becomes current. Administrators only; `content` is read only once that is known.
   * Throws WRONG_PASSWORD, KEYSTORE_INVALID, CERTIFICATE_INVALID (a certificate this registry cannot use).
   */
  async importKeystore(content: () => Promise<Buffer>, password: string, makeCurrent: boolean): Promise<KeystoreImport> {
    this.assertAdministrator('import a server key store');
    const entries = importKeystore(await content(), password);
    if (!entries.length) throw CryptoError.keystoreInvalid('it holds no private key');
    for (const entry of entries) describeCertificate(entry.certificatePem); // RSA X.509 only: fail before storing any
    const [first, ...rest] = entries;
    const before = (await this.keyring.all()).length;
    await this.keyring.addToHistory(makeCurrent ? rest : entries);
    const current = makeCurrent ? await this.keyring.replaceWith(first!) : await this.keyring.current();
    const added = (await this.keyring.all()).length - before;
    return { keyCount: entries.length, added, current: viewOf(current) };
  }

  private assertAdministrator(action: string): void {
    this.access.assertRole(Role.REGISTRY_ADMINISTRATOR, action);
  }
}
