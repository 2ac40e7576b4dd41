import { randomUUID, X509Certificate } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AccessControl } from '../auth/accessControl.js';
import { Role } from '../domain/objectKind.js';
import { RemoteRegistryEntity } from '../entities/index.js';
import { RegistryError } from '../errors/registryError.js';
import { CredentialSealer } from './credentialSealing.js';
import { checkRemoteAddress } from './remoteAddress.js';
import { RemoteClient } from './remoteClient.js';
import { RemoteErrors } from './remoteErrors.js';

export const DEFAULT_TIMEOUT_SECONDS = 60;
export const MAX_TIMEOUT_SECONDS = 3600;

export interface RemoteRegistryInput {
  name: string;
  address: string;
  /** The bearer token the remote issued to a service user. */
  credential: string;
  caCertificatesPem?: string | null;
  pinnedCertificatePem?: string | null;
  timeoutSeconds?: number | null;
}

export type RemoteRegistryUpdate = { [K in Exclude<keyof RemoteRegistryInput, 'name'>]?: RemoteRegistryInput[K] | null };

/** What the remote says about itself: asked on every connection. */
export interface RemoteIdentity {
  registryUuid: string;
  registryName: string;
  registryAddress: string;
  signerFingerprint: string;
  user: { uuid: string; name: string; roles: string[] };
}

const IDENTITY_QUERY = `query RemoteIdentity {
  registry { uuid name address }
  serverCertificate { fingerprintSha256 }
  me { uuid name roles }
}`;

interface IdentityAnswer {
  registry: { uuid: string; name: string; address: string };
  serverCertificate: { fingerprintSha256: string };
  me: { uuid: string; name: string; roles: string[] };
}

/** A remote ready to use: its row, a client holding the opened credential, and the identity it just showed. */
export interface ConnectedRemote {
  remote: RemoteRegistryEntity;
  client: RemoteClient;
  identity: RemoteIdentity;
}

/**
 * The configured remote registries. Configuration is for registry administrators only; every other path names
 * a configured remote (connect), never a URL.
 */
export class RemoteRegistries {
  constructor(private readonly em: SqlEntityManager) {}

  list(): Promise<RemoteRegistryEntity[]> {
    return this.em.find(RemoteRegistryEntity, {}, { orderBy: { name: 'asc' } });
  }

  async byName(name: string): Promise<RemoteRegistryEntity> {
    const remote = await this.em.findOne(RemoteRegistryEntity, { name });
    if (!remote) throw RemoteErrors.notFound(name);
    return remote;
  }

  async byId(id: string): Promise<RemoteRegistryEntity> {
    const remote = await this.em.findOne(RemoteRegistryEntity, { id });
    if (!remote) throw RemoteErrors.notFound(id);
    return remote;
  }

  async add(input: RemoteRegistryInput, createdBy: string): Promise<RemoteRegistryEntity> {
    const name = input.name.trim();
    if (!name) throw RegistryError.badInput('A remote registry needs a name.');
    if (await this.em.findOne(RemoteRegistryEntity, { name })) throw RegistryError.conflict(`A remote registry named "${name}" exists already.`, { remote: name });
    const id = randomUUID();
    const now = new Date();
    const remote = this.em.create(RemoteRegistryEntity, {
      id,
      name,
      address: checkRemoteAddress(input.address),
      sealedCredential: await new CredentialSealer(this.em).seal(checkCredential(input.credential), id),
      ...tlsSettings(input.caCertificatesPem ?? null, input.pinnedCertificatePem ?? null),
      timeoutMs: timeoutMs(input.timeoutSeconds),
      createdBy,
      createdAt: now,
      updatedAt: now,
    });
    await this.em.flush();
    return remote;
  }

  async update(name: string, input: RemoteRegistryUpdate): Promise<RemoteRegistryEntity> {
    const remote = await this.byName(name);
    if (input.address != null) remote.address = checkRemoteAddress(input.address);
    if (input.credential != null) remote.sealedCredential = await new CredentialSealer(this.em).seal(checkCredential(input.credential), remote.id);
    if (input.caCertificatesPem !== undefined || input.pinnedCertificatePem !== undefined) {
      Object.assign(remote, tlsSettings(input.caCertificatesPem ?? null, input.pinnedCertificatePem ?? null));
    }
    if (input.timeoutSeconds != null) remote.timeoutMs = timeoutMs(input.timeoutSeconds);
    remote.updatedAt = new Date();
    await this.em.flush();
    return remote;
  }

  async remove(name: string): Promise<boolean> {
    const remote = await this.em.findOne(RemoteRegistryEntity, { name });
    if (!remote) return false;
    await this.em.removeAndFlush(remote);
    return true;
  }

  /** Makes the identity last observed (and refused) the recorded one. */
  async acceptObservedIdentity(name: string): Promise<RemoteRegistryEntity> {
    const remote = await this.byName(name);
    if (!remote.observedRegistryUuid || !remote.observedSignerFingerprint) {
      throw RegistryError.badInput(`The remote registry "${name}" has no changed identity waiting to be accepted.`, { remote: name });
    }
    remote.registryUuid = remote.observedRegistryUuid;
    remote.signerFingerprint = remote.observedSignerFingerprint;
    remote.observedRegistryUuid = null;
    remote.observedSignerFingerprint = null;
    remote.identityRecordedAt = new Date();
    remote.updatedAt = new Date();
    await this.em.flush();
    return remote;
  }

  /** A client for the remote, its credential opened. */
  async clientFor(remote: RemoteRegistryEntity): Promise<RemoteClient> {
    const credential = await new CredentialSealer(this.em).open(remote.sealedCredential, remote.id);
    return new RemoteClient({
      name: remote.name,
      address: remote.address,
      credential,
      caCertificatesPem: remote.caCertificatesPem,
      pinnedCertificateSha256: remote.pinnedCertificateSha256,
      timeoutMs: remote.timeoutMs,
    });
  }

  /**
   * Connects to a configured remote and checks who answers: the first connection records the remote's registry
   * UUID and signing certificate fingerprint; every later one must see both unchanged, or is refused
   * (REMOTE_IDENTITY_CHANGED) and the new identity is kept aside for an administrator to accept.
   */
  async connect(name: string): Promise<ConnectedRemote> {
    const remote = await this.byName(name);
    const client = await this.clientFor(remote);
    const identity = await askIdentity(client);
    if (!remote.registryUuid || !remote.signerFingerprint) {
      remote.registryUuid = identity.registryUuid;
      remote.registryName = identity.registryName;
      remote.signerFingerprint = identity.signerFingerprint;
      remote.identityRecordedAt = new Date();
      await this.em.flush();
    } else if (remote.registryUuid !== identity.registryUuid || remote.signerFingerprint !== identity.signerFingerprint) {
      const recorded = { registryUuid: remote.registryUuid, signerFingerprint: remote.signerFingerprint };
      remote.observedRegistryUuid = identity.registryUuid;
      remote.observedSignerFingerprint = identity.signerFingerprint;
      await this.em.flush();
      throw RemoteErrors.identityChanged(remote.name, recorded, identity);
    } else if (remote.observedRegistryUuid || remote.registryName !== identity.registryName) {
      remote.observedRegistryUuid = null;
      remote.observedSignerFingerprint = null;
      remote.registryName = identity.registryName;
      await this.em.flush();
    }
    return { remote, client, identity };
  }
}

export async function askIdentity(client: RemoteClient): Promise<RemoteIdentity> {
  const answer = await client.graphql<IdentityAnswer>(IDENTITY_QUERY);
  const fingerprint = answer?.serverCertificate?.fingerprintSha256;
  if (!answer?.registry?.uuid || !fingerprint || !answer.me?.uuid) throw RemoteErrors.badAnswer(client.name, 'its identity is incomplete');
  return {
    registryUuid: answer.registry.uuid,
    registryName: answer.registry.name,
    registryAddress: answer.registry.address,
    signerFingerprint: fingerprint.toLowerCase(),
    user: { uuid: answer.me.uuid, name: answer.me.name, roles: answer.me.roles ?? [] },
  };
}

/** Remote configuration is for registry administrators only. */
export function assertMayConfigureRemotes(access: AccessControl, action: string): void {
  access.assertRole(Role.REGISTRY_ADMINISTRATOR, action);
}

function checkCredential(credential: string): string {
  const token = credential.trim();
  if (token.length < 16 || /\s/.test(token)) throw RegistryError.badInput('The credential must be the bearer token the remote issued (no spaces, at least 16 characters).');
  return token;
}

function timeoutMs(seconds: number | null | undefined): number {
  const s = seconds ?? DEFAULT_TIMEOUT_SECONDS;
  if (!Number.isInteger(s) || s < 1 || s > MAX_TIMEOUT_SECONDS) {
    throw RegistryError.badInput(`timeoutSeconds must be a whole number from 1 to ${MAX_TIMEOUT_SECONDS}.`, { timeoutSeconds: s });
  }
  return s * 1000;
}

/** The CA bundle to verify against, with a pinned certificate added to it (a self-signed one is its own CA). */
export function tlsSettings(caPem: string | null, pinnedPem: string | null): Pick<RemoteRegistryEntity, 'caCertificatesPem' | 'pinnedCertificateSha256'> {
  let pinned: string | null = null;
  if (caPem) parsePems(caPem, 'caCertificatesPem');
  if (pinnedPem) {
    const [certificate] = parsePems(pinnedPem, 'pinnedCertificatePem');
    pinned = certificate!.fingerprint256.replace(/:/g, '').toLowerCase();
  }
  const bundle = [caPem, pinnedPem].filter((p): p is string => !!p).join('\n');
  return { caCertificatesPem: bundle || null, pinnedCertificateSha256: pinned };
}

function parsePems(pem: string, field: string): X509Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  try {
    const certificates = blocks.map((b) => new X509Certificate(b));
    if (!certificates.length) throw new Error('no certificate');
    return certificates;
  } catch {
    throw RegistryError.badInput(`${field} must hold PEM certificates.`, { field });
  }
}
