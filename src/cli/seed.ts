import 'reflect-metadata';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { AccessControl } from '../auth/accessControl.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/orm.js';
import { ObjectKind, Right, Role } from '../domain/objectKind.js';
import { RegistryObjectEntity } from '../entities/index.js';
import { createLogger } from '../logger.js';
import { bootstrapRegistry } from '../registry/bootstrap.js';
import { seedDemoRegistry } from '../seed/demoRegistry.js';

/**
 * Fills the configured registry (same environment as `npm start`) with a demo data set, through the same
 * services the API uses, so validation and policies apply. Running it twice does nothing the second time.
 */
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
    const summary = await seedDemoRegistry(em, access);
    console.log(`Seeded: ${Object.entries(summary).map(([k, v]) => `${v} ${k}`).join(', ')}.`);
    console.log(`Grants: ${Right.CREATE} for bob on Service in Acme Platform; ${Right.VIEW} for carol on Acme Payments.`);
  }
} finally {
  await orm.close(true);
}
