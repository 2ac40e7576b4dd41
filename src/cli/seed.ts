import 'reflect-metadata';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { AccessControl } from '../auth/accessControl.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/orm.js';
import { ObjectKind, Right, Role } from '../domain/objectKind.js';
import { RegistryObjectEntity } from '../entities/index.js';
import { createLogger } from '../logger.js';
import { bootstrapRegistry } from '../registry/bootstrap.js';
import { seedDemoRegistry, seedDemoTarget } from '../seed/demoRegistry.js';

/**
 * Fills the configured registry (same environment as `npm start`) with a demo data set, through the same
 * services the API uses, so validation and policies apply. Running it twice does nothing the second time.
 * `--target` prepares the registry the README's walk-through imports the demo package into instead: the same
 * organizations, users, types and lifecycle model, three of the package's services in other versions, and a
 * policy, so that previewing the package there shows one rule per service.
 */
const args = process.argv.slice(2).filter((a) => a !== '--');
const unknown = args.filter((a) => a !== '--target');
if (unknown.length) {
  console.error(`seed: unknown argument ${unknown[0]} (the only option is --target)`);
  process.exit(2);
}
const target = args.includes('--target');
const config = loadConfig();
const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
const orm = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }, async (o) => {
  await bootstrapRegistry(o.em.fork() as SqlEntityManager, config, logger);
});
try {
  const em = orm.em.fork() as SqlEntityManager;
  if (await em.findOne(RegistryObjectEntity, { kind: ObjectKind.ORGANIZATION, name: 'Acme Platform' })) {
    console.log('The demo registry is already seeded.');
  } else {
    const admin = await em.findOneOrFail(RegistryObjectEntity, { kind: ObjectKind.USER, name: 'administrator' });
    const access = new AccessControl(em, {
      uuid: admin.uuid,
      name: admin.name,
      organizationUuid: admin.organizationUuid,
      groupUuids: [],
      roles: new Set([Role.REGISTRY_ADMINISTRATOR]),
    });
    const summary = target ? await seedDemoTarget(em, access) : await seedDemoRegistry(em, access);
    console.log(`Seeded${target ? ' (import target)' : ''}: ${Object.entries(summary).map(([k, v]) => `${v} ${k}`).join(', ')}.`);
    if (!target) console.log(`Grants: ${Right.CREATE} for bob on Service in Acme Platform; ${Right.VIEW} for carol on Acme Payments.`);
  }
} finally {
  await orm.close(true);
}
