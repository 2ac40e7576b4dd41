import type { SqlEntityManager } from '@mikro-orm/knex';
import { Role } from '../domain/objectKind.js';
import type { RemoteRegistryEntity } from '../entities/index.js';
import { RegistryError } from '../errors/registryError.js';
import { askIdentity, RemoteRegistries } from './remoteRegistries.js';

export interface RemoteTestReport {
  remote: RemoteRegistryEntity;
  reachable: boolean;
  identityStatus: 'RECORDED' | 'UNCHANGED' | 'CHANGED' | 'UNKNOWN';
  registryUuid: string | null;
  registryName: string | null;
  signerFingerprint: string | null;
  credentialUser: { uuid: string; name: string; roles: string[]; administrator: boolean } | null;
  error: { side: 'LOCAL' | 'REMOTE'; code: string; message: string; remoteCode: string | null } | null;
}

/**
 * Connects to a remote and reports what it found rather than failing: whether it answered, whether it is the
 * registry recorded (recording it on the first connection), and as whom the credential acts there, with which
 * roles. An identity change is reported as CHANGED and kept aside for acceptRemoteIdentity.
 */
export async function testRemoteRegistry(em: SqlEntityManager, name: string): Promise<RemoteTestReport> {
  const registries = new RemoteRegistries(em);
  const remote = await registries.byName(name);
  const firstConnection = !remote.registryUuid;
  const base = { remote, registryUuid: null, registryName: null, signerFingerprint: null, credentialUser: null, error: null };
  try {
    const { identity } = await registries.connect(name);
    return {
      ...base,
      reachable: true,
      identityStatus: firstConnection ? 'RECORDED' : 'UNCHANGED',
      registryUuid: identity.registryUuid,
      registryName: identity.registryName,
      signerFingerprint: identity.signerFingerprint,
      credentialUser: { ...identity.user, administrator: identity.user.roles.includes(Role.REGISTRY_ADMINISTRATOR) },
    };
  } catch (error) {
    if (!(error instanceof RegistryError)) throw error;
    const failure = {
      side: error.details.side === 'REMOTE' ? ('REMOTE' as const) : ('LOCAL' as const),
      code: error.code,
      message: error.message,
      remoteCode: typeof error.details.remoteCode === 'string' ? error.details.remoteCode : null,
    };
    if (error.code === 'REMOTE_IDENTITY_CHANGED') {
      const identity = await askIdentity(await registries.clientFor(remote));
      return {
        ...base,
        reachable: true,
        identityStatus: 'CHANGED',
        registryUuid: identity.registryUuid,
        registryName: identity.registryName,
        signerFingerprint: identity.signerFingerprint,
        credentialUser: { ...identity.user, administrator: identity.user.roles.includes(Role.REGISTRY_ADMINISTRATOR) },
        error: failure,
      };
    }
    // The remote answered but refused (a bad credential, say): it is reachable.
    return { ...base, reachable: error.code === 'REMOTE_REFUSED', identityStatus: 'UNKNOWN', error: failure };
  }
}
