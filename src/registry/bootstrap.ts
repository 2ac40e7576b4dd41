import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { generateToken, hashToken } from '../auth/tokens.js';
import { lockForTransaction } from '../db/dialect.js';
import type { Config } from '../config.js';
import { ObjectKind, Role } from '../domain/objectKind.js';
import { ApiTokenEntity, RegistryInstanceEntity, RegistryObjectEntity } from '../entities/index.js';
import { ServerKeyring } from '../keys/serverKeyring.js';
import type { Logger } from '../logger.js';

export const ADMIN_TOKEN_FILE = 'admin.token';

/** Advisory lock key serializing first-start work when several replicas start against one PostgreSQL database. */
const BOOTSTRAP_LOCK = 4242001;

/**
 * Makes this registry's identity on first start (a stable UUID, name, address), the first administrator,
 * whose token goes to `<dataDir>/admin.token` (mode 0600) unless REGISTRY_ADMIN_TOKEN provides one, and the
 * server's self-signed certificate.
 */
export async function bootstrapRegistry(em: SqlEntityManager, config: Config, logger: Logger): Promise<RegistryInstanceEntity> {
  return em.transactional(async (tx) => {
    await lockForTransaction(tx, BOOTSTRAP_LOCK);
    const instance = await ensureInstance(tx, config);
    await ensureAdministrator(tx, config, logger);
    await new ServerKeyring(tx).ensureCurrent(`${instance.name} (${instance.uuid})`);
    return instance;
  });
}

async function ensureInstance(em: SqlEntityManager, config: Config): Promise<RegistryInstanceEntity> {
  const address = config.registryAddress ?? `http://localhost:${config.port}/graphql`;
  let instance = (await em.find(RegistryInstanceEntity, {}, { orderBy: { createdAt: 'asc' }, limit: 1 }))[0] ?? null;
  if (!instance) {
    instance = em.create(RegistryInstanceEntity, {
      uuid: randomUUID(),
      name: config.registryName ?? `registry-${hostname()}`,
      address,
      createdAt: new Date(),
    });
  } else {
    instance.address = address;
    if (config.registryName) instance.name = config.registryName;
  }
  await em.persistAndFlush(instance);
  return instance;
}

async function ensureAdministrator(em: SqlEntityManager, config: Config, logger: Logger): Promise<void> {
  // Counted, not loaded: an entity read here would be flushed with the transaction, rewriting a user on every
  // start (and advancing the registry revision, which makes every stored plan stale).
  if ((await em.count(RegistryObjectEntity, { kind: ObjectKind.USER })) === 0) {
    const admin = createFirstAdministrator(em);
    const token = config.adminToken ?? generateToken();
    addToken(em, admin.uuid, token, 'bootstrap');
    await em.flush();
    if (!config.adminToken) {
      const file = path.join(config.dataDir, ADMIN_TOKEN_FILE);
      writeFileSync(file, `${token}\n`, { mode: 0o600 });
      logger.info({ file }, 'created the first administrator; its token is in the file');
    } else {
      logger.info('created the first administrator with the token from REGISTRY_ADMIN_TOKEN');
    }
    return;
  }
  if (config.adminToken) await ensureConfiguredToken(em, config.adminToken);
}

function createFirstAdministrator(em: SqlEntityManager): RegistryObjectEntity {
  const now = new Date();
  const orgUuid = randomUUID();
  const everyoneUuid = randomUUID();
  const adminUuid = randomUUID();
  const base = { createdAt: now, timestamp: now, ownerUuid: adminUuid, attributes: {} };
  em.create(RegistryObjectEntity, { ...base, uuid: orgUuid, kind: ObjectKind.ORGANIZATION, name: 'Registry', fields: {} } as never);
  em.create(RegistryObjectEntity, {
    ...base,
    uuid: everyoneUuid,
    kind: ObjectKind.GROUP,
    name: 'Everyone',
    organizationUuid: orgUuid,
    fields: { system: true, roles: [] },
  } as never);
  return em.create(RegistryObjectEntity, {
    ...base,
    uuid: adminUuid,
    kind: ObjectKind.USER,
    name: 'administrator',
    organizationUuid: orgUuid,
    fields: { email: null, roles: [Role.REGISTRY_ADMINISTRATOR], groups: [everyoneUuid] },
  } as never);
}

function addToken(em: SqlEntityManager, userUuid: string, token: string, name: string): void {
  em.create(ApiTokenEntity, {
    id: randomUUID(),
    userUuid,
    name,
    tokenHash: hashToken(token),
    createdAt: new Date(),
    expiresAt: null,
    revokedAt: null,
  });
}

/** REGISTRY_ADMIN_TOKEN keeps working across restarts and data directories made before it was set. */
async function ensureConfiguredToken(em: SqlEntityManager, token: string): Promise<void> {
  if (await em.findOne(ApiTokenEntity, { tokenHash: hashToken(token) })) return;
  const users = await em.find(RegistryObjectEntity, { kind: ObjectKind.USER }, { orderBy: { createdAt: 'asc' }, disableIdentityMap: true });
  const admin = users.find((u) => ((u.fields.roles as string[]) ?? []).includes(Role.REGISTRY_ADMINISTRATOR));
  if (!admin) return;
  addToken(em, admin.uuid, token, 'REGISTRY_ADMIN_TOKEN');
  await em.flush();
}
