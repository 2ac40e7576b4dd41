import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { accessOf } from '../graphql/context.js';
import type { ReferenceView } from '../graphql/loaders.js';
import { countIncomingReferences, encodeReferenceCursor, incomingReferencePage } from '../registry/graph/incomingReferences.js';
import { ReferenceConnection } from '../schema/types/referenceConnection.type.js';
import { pageInfo, type PageInfoValue } from './pageInfo.js';
import { loadVisible } from './visibility.js';

interface ConnectionValue {
  edges: { cursor: string; node: ReferenceView }[];
  pageInfo: PageInfoValue;
  target: string;
}

/** References pointing at an object, paged: thin, the query is in src/registry/graph. */
@Resolver(() => ReferenceConnection)
export class IncomingReferenceResolver {
  @Query(() => ReferenceConnection, {
    nullable: true,
    description: 'References pointing at an object from objects you may view, in pages. Null when the object does not exist or is hidden from you.',
  })
  async incomingReferences(
    @Arg('uuid', () => ID) uuid: string,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ConnectionValue | null> {
    if (!(await loadVisible(ctx, uuid))) return null;
    const page = await incomingReferencePage(ctx.em, accessOf(ctx), uuid, first, after);
    const edges = page.references.map((node) => ({ cursor: encodeReferenceCursor(node), node }));
    return { edges, pageInfo: pageInfo(edges, page.hasNextPage, after), target: uuid };
  }

  @FieldResolver(() => Int)
  totalCount(@Root() connection: ConnectionValue, @Ctx() ctx: GraphQLContext): Promise<number> {
    return countIncomingReferences(ctx.em, accessOf(ctx), connection.target);
  }
}
