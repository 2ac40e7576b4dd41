import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AccessControl } from '../auth/accessControl.js';
import type { Principal } from '../auth/principal.js';
import { RegistryError } from '../errors/registryError.js';
import type { Logger } from '../logger.js';
import type { AppServices } from '../app/appServices.js';
import type { Loaders } from './loaders.js';

/** What every resolver receives: one forked entity manager, the caller and its rights, and batch loaders. */
export interface GraphQLContext {
  requestId: string;
  em: SqlEntityManager;
  principal: Principal | null;
  access: AccessControl | null;
  loaders: Loaders;
  app: AppServices;
  logger: Logger;
}

/** The caller's access control, or UNAUTHENTICATED. */
export function accessOf(ctx: GraphQLContext): AccessControl {
  if (!ctx.access) throw RegistryError.unauthenticated();
  return ctx.access;
}
