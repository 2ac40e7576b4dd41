import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { RegistryIdentity } from '../src/app/appServices.js';
import { loadPrincipal, type Principal } from '../src/auth/principal.js';
import { loadConfig, type Config } from '../src/config.js';
import { openDatabase } from '../src/db/orm.js';
import { refreshStatistics } from '../src/db/tableStatistics.js';
import { ObjectKind } from '../src/domain/objectKind.js';
import { ObjectReferenceEntity, RegistryInstanceEntity, RegistryObjectEntity } from '../src/entities/index.js';
import { createLogger } from '../src/logger.js';
import { ADMIN_TOKEN_FILE, bootstrapRegistry } from '../src/registry/bootstrap.js';
import type { BenchContext } from './benchCase.js';
import { attributePool, BENCH_ATTRIBUTE_DEFINITIONS, benchObjectRow } from './benchContent.js';
import { objectUuids, REFERENCE_NAMES, referenceTargets, seededRandom } from './syntheticObjects.js';

export type SeedScale = Pick<BenchContext, 'objects' | 'referencesPerObject' | 'attributeBytes' | 'workDir'> & {
  /** A PostgreSQL database to seed instead of SQLite under `workDir/registry`. */
  databaseUrl?: string | null;
};

/** What seeding made: where the registry lives and what to export from it. */
export interface SeededAssets {
  dataDir: string;
  organizationUuid: string;
  objectTypeUuid: string;
  seedSeconds: number;
}

/** A seeded registry database, opened (not serving HTTP) for a bench to work on. */
export interface OpenedRegistry {
  orm: MikroORM;
  config: Config;
  identity: RegistryIdentity;
  administrator: Principal;
  close(): Promise<void>;
}

const CHUNK = 1000;
const common = { description: null, version: null, previousVersionUuid: null, lifecycleModelUuid: null, lifecycleStateUuid: null, objectTypeUuid: null };
const flags = { viewContent: true, rePackageable: true, editable: true };

const configFor = (dataDir: string, databaseUrl: string | null = null) =>
  loadConfig({ REGISTRY_DATA_DIR: dataDir, LOG_LEVEL: 'silent', PORT: '0', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) });

/**
 * Makes a registry (SQLite under `workDir/registry`, or the PostgreSQL database given) as a first start would, then inserts one organization, one
 * object type and `objects` assets with their references in one transaction with em.insertMany, a chunk of rows
 * per statement: the quick way in, with no entity in any identity map.
 */
export async function seedAssetRegistry(scale: SeedScale): Promise<SeededAssets> {
  const dataDir = path.join(scale.workDir, 'registry');
  mkdirSync(dataDir, { recursive: true });
  const databaseUrl = scale.databaseUrl ?? null;
  const orm = await openDatabase({ databaseUrl, dataDir });
  try {
    await bootstrapRegistry(orm.em.fork() as SqlEntityManager, configFor(dataDir, databaseUrl), createLogger('silent'));
    const em = orm.em.fork() as SqlEntityManager;
    const administrator = await administratorOf(em, dataDir);
    const started = performance.now();
    const ids = await em.transactional((tx) => insertContent(tx, scale, administrator.uuid));
    // As an import commit does after its bulk writes: without statistics PostgreSQL planned the explorer's page
    // for a hundred assets where there are 100k (a bitmap scan of half the table, a hash join over all of it:
    // 200 ms a page for the floor and the API alike, at 100k).
    await refreshStatistics(em, ['registry_object', 'object_reference']);
    return { dataDir, ...ids, seedSeconds: (performance.now() - started) / 1000 };
  } finally {
    await orm.close(true);
  }
}

/** Opens a registry that seedAssetRegistry made. */
export async function openSeededRegistry(dataDir: string): Promise<OpenedRegistry> {
  const orm = await openDatabase({ databaseUrl: null, dataDir });
  const em = orm.em.fork() as SqlEntityManager;
  const instance = (await em.find(RegistryInstanceEntity, {}, { limit: 1 }))[0]!;
  return {
    orm,
    config: configFor(dataDir),
    identity: { uuid: instance.uuid, name: instance.name, address: instance.address },
    administrator: await administratorOf(em, dataDir),
    close: () => orm.close(true),
  };
}

async function administratorOf(em: SqlEntityManager, dataDir: string): Promise<Principal> {
  const principal = await loadPrincipal(em, readFileSync(path.join(dataDir, ADMIN_TOKEN_FILE), 'utf8').trim());
  if (!principal) throw new Error('the seeded registry has no administrator token');
  return principal;
}

async function insertContent(tx: SqlEntityManager, scale: SeedScale, owner: string) {
  const now = new Date();
  const organizationUuid = randomUUID();
  const objectTypeUuid = randomUUID();
  const base = { ...common, ...flags, ownerUuid: owner, createdAt: now, timestamp: now, attributes: {} };
  const attributeDefinitions = BENCH_ATTRIBUTE_DEFINITIONS;
  await tx.insertMany(RegistryObjectEntity, [
    { ...base, uuid: organizationUuid, kind: ObjectKind.ORGANIZATION, name: 'Bench', organizationUuid: null, fields: {} },
    { ...base, uuid: objectTypeUuid, kind: ObjectKind.OBJECT_TYPE, name: 'Service', organizationUuid, fields: { attributeDefinitions } },
  ]);
  const uuids = objectUuids(scale.objects);
  const pool = attributePool(scale.attributeBytes);
  const random = seededRandom(7);
  const links = { owner, organization: organizationUuid, objectType: objectTypeUuid };
  for (let start = 0; start < uuids.length; start += CHUNK) {
    const chunk = uuids.slice(start, start + CHUNK);
    await tx.insertMany(RegistryObjectEntity, chunk.map((uuid, i) => ({ ...common, ...flags, ...benchObjectRow(uuid, start + i, pool, links) })));
    const references = chunk.flatMap((uuid, i) =>
      referenceTargets(uuids, start + i, scale.referencesPerObject, random).map((target, n) => ({ sourceUuid: uuid, name: REFERENCE_NAMES[n % REFERENCE_NAMES.length]!, targetUuid: target })),
    );
    await tx.insertMany(ObjectReferenceEntity, references);
  }
  return { organizationUuid, objectTypeUuid };
}
