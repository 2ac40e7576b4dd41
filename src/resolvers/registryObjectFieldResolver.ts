import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { accessOf } from '../graphql/context.js';
import type { ReferenceView } from '../graphql/loaders.js';
import { Organization, User } from '../schema/types/kinds.type.js';
import { Reference } from '../schema/types/reference.type.js';
import { Protection, RegistryObject } from '../schema/types/registryObject.type.js';
import type { ObjectView } from './objectView.js';
import { loadVisible } from './visibility.js';

/** Fields every kind has: owner, organization, references both ways. Implementations inherit these. */
@Resolver(() => RegistryObject)
export class RegistryObjectFieldResolver {
  @FieldResolver(() => User, { nullable: true })
  owner(@Root() o: ObjectView, @Ctx() ctx: GraphQLContext) {
    return loadVisible(ctx, o.ownerUuid);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() o: ObjectView, @Ctx() ctx: GraphQLContext) {
    return loadVisible(ctx, o.organizationUuid);
  }

  @FieldResolver(() => [Reference], { description: 'Outgoing references, each with its target or, where missing, the bare UUID.' })
  references(@Root() o: ObjectView, @Ctx() ctx: GraphQLContext): ReferenceView[] | Promise<ReferenceView[]> {
    return ctx.loaders.knownReferencesFrom(o.uuid) ?? ctx.loaders.referencesFrom.load(o.uuid);
  }

  @FieldResolver(() => [Reference], { description: 'Incoming references from objects you may view.' })
  async referencedBy(@Root() o: ObjectView, @Ctx() ctx: GraphQLContext): Promise<ReferenceView[]> {
    const refs = await ctx.loaders.referencesTo.load(o.uuid);
    const sources = await Promise.all(refs.map((r) => loadVisible(ctx, r.sourceUuid)));
    return refs.filter((_, i) => sources[i] !== null);
  }

  @FieldResolver(() => Protection)
  protection(@Root() o: ObjectView) {
    return o.protection;
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may edit this object.' })
  async canEdit(@Root() o: ObjectView, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    const access = await accessOf(ctx).ready();
    return o.protection.editable && access.canEdit(o);
  }
}
