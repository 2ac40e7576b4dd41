import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { RegistryObjectEntity } from '../entities/index.js';
import type { GraphQLContext } from '../graphql/context.js';
import { accessOf } from '../graphql/context.js';
import { encodeCursor, findObjectPage } from '../registry/objectQueries.js';
import { ObjectFilter, RegistryObjectConnection } from '../schema/types/connection.type.js';
import { User } from '../schema/types/kinds.type.js';
import { RegistryObject } from '../schema/types/registryObject.type.js';
import { RegistryInfo } from '../schema/types/registryInfo.type.js';
import { toObjectView, type ObjectView } from './objectView.js';
import { loadVisible, type VisibleObject } from './visibility.js';
import { pageInfo, type PageInfoValue } from './pageInfo.js';
import { loadPageRelations } from './pageRelations.js';

interface ConnectionValue {
  edges: { cursor: string; node: ObjectView }[];
  pageInfo: PageInfoValue;
  filter: FilterQuery<RegistryObjectEntity>;
}

/** The object explorer: one object by UUID, or pages of objects with filters. */
@Resolver(() => RegistryObjectConnection)
export class ObjectQueryResolver {
  @Query(() => RegistryInfo, { description: 'This registry instance.' })
  registry(@Ctx() ctx: GraphQLContext): RegistryInfo {
    accessOf(ctx);
    return ctx.app.registry;
  }

  @Query(() => User, { description: 'The caller.' })
  me(@Ctx() ctx: GraphQLContext): VisibleObject {
    return loadVisible(ctx, accessOf(ctx).principal.uuid);
  }

  @Query(() => RegistryObject, { nullable: true, description: 'Null when the object does not exist or is not visible to you.' })
  object(@Arg('uuid', () => ID) uuid: string, @Ctx() ctx: GraphQLContext): VisibleObject {
    return loadVisible(ctx, uuid);
  }

  @Query(() => RegistryObjectConnection)
  async objects(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => ObjectFilter, { nullable: true }) filter: ObjectFilter | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionValue> {
    const page = await findObjectPage(ctx.em, accessOf(ctx), filter ?? {}, first, after);
    const edges = page.rows.map((row) => ({ cursor: encodeCursor(row), node: toObjectView(row) }));
    ctx.loaders.prime(edges.map((e) => e.node));
    await loadPageRelations(ctx, info, edges.map((e) => e.node));
    return {
      edges,
      pageInfo: pageInfo(edges, page.hasNextPage, after),
      filter: page.filter,
    };
  }

  @FieldResolver(() => Int)
  totalCount(@Root() connection: ConnectionValue, @Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.em.count(RegistryObjectEntity, connection.filter);
  }
}
