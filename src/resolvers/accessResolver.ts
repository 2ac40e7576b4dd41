import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { RegistryError } from '../errors/registryError.js';
import type { GraphQLContext } from '../graphql/context.js';
import { accessOf } from '../graphql/context.js';
import { GrantPermissionInput } from '../schema/inputs/accessInputs.js';
import { ApiToken, IssuedToken, PermissionGrant } from '../schema/types/access.type.js';
import { User } from '../schema/types/kinds.type.js';
import { DateTimeScalar } from '../schema/scalars.js';
import { logDomainEvent } from '../observability/domainEvents.js';
import { toObjectView } from './objectView.js';
import { objectService, permissionService, tokenService } from './services.js';

/** Permissions, tokens and group membership. */
@Resolver()
export class AccessResolver {
  @Query(() => [PermissionGrant], { description: 'Grants on an object (needs EDIT on it) or held by a principal.' })
  permissions(
    @Ctx() ctx: GraphQLContext,
    @Arg('object', () => ID, { nullable: true }) object: string | null,
    @Arg('principal', () => ID, { nullable: true }) principal: string | null,
  ) {
    if (!object && !principal) throw RegistryError.badInput('Give object or principal.');
    return permissionService(ctx).list({ objectUuid: object, principalUuid: principal });
  }

  @Mutation(() => PermissionGrant)
  async grantPermission(@Arg('input') input: GrantPermissionInput, @Ctx() ctx: GraphQLContext) {
    const grant = await permissionService(ctx).grant({
      principalUuid: input.principal,
      right: input.right,
      objectUuid: input.object,
      typeKey: input.typeKey,
      organizationUuid: input.organization,
    });
    logDomainEvent(ctx.app.logger, 'grants.changed', { change: 'granted', grantId: grant.id, principal: input.principal, right: input.right, object: input.object, typeKey: input.typeKey, organization: input.organization });
    return grant;
  }

  @Mutation(() => Boolean)
  async revokePermission(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    const revoked = await permissionService(ctx).revoke(id);
    if (revoked) logDomainEvent(ctx.app.logger, 'grants.changed', { change: 'revoked', grantId: id });
    return revoked;
  }

  @Query(() => [ApiToken], { description: "A user's tokens (your own, or anyone's for administrators)." })
  tokens(@Ctx() ctx: GraphQLContext, @Arg('user', () => ID, { nullable: true }) user: string | null) {
    return tokenService(ctx).list(user ?? accessOf(ctx).principal.uuid);
  }

  @Mutation(() => IssuedToken)
  async issueToken(
    @Ctx() ctx: GraphQLContext,
    @Arg('name') name: string,
    @Arg('user', () => ID, { nullable: true }) user: string | null,
    @Arg('expiresAt', () => DateTimeScalar, { nullable: true }) expiresAt: Date | null,
  ) {
    const issued = await tokenService(ctx).issue(user ?? accessOf(ctx).principal.uuid, name, expiresAt);
    return { token: issued.token, info: issued.entity };
  }

  @Mutation(() => ApiToken)
  revokeToken(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return tokenService(ctx).revoke(id);
  }

  @Mutation(() => User)
  async addGroupMember(@Arg('group', () => ID) group: string, @Arg('user', () => ID) user: string, @Ctx() ctx: GraphQLContext) {
    return toObjectView(await objectService(ctx).setGroupMembership(user, group, true));
  }

  @Mutation(() => User)
  async removeGroupMember(@Arg('group', () => ID) group: string, @Arg('user', () => ID) user: string, @Ctx() ctx: GraphQLContext) {
    return toObjectView(await objectService(ctx).setGroupMembership(user, group, false));
  }
}
