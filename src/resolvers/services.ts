import type { GraphQLContext } from '../graphql/context.js';
import { accessOf } from '../graphql/context.js';
import { logDomainEvent } from '../observability/domainEvents.js';
import { ObjectService } from '../registry/objectService.js';
import { PermissionService } from '../registry/permissionService.js';
import { TokenService } from '../registry/tokenService.js';

/** Request-scoped services, built on the request's entity manager and the caller's rights. */
export const objectService = (ctx: GraphQLContext) =>
  new ObjectService(ctx.em, accessOf(ctx), (uuid, change) => logDomainEvent(ctx.app.logger, 'roles.changed', { object: uuid, ...change }));
export const permissionService = (ctx: GraphQLContext) => new PermissionService(ctx.em, accessOf(ctx));
export const tokenService = (ctx: GraphQLContext) => new TokenService(ctx.em, accessOf(ctx));
