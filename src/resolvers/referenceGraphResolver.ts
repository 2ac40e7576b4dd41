import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { accessOf } from '../graphql/context.js';
import { type GraphEdge, type GraphNode, referenceGraph } from '../registry/graph/referenceGraph.js';
import {
  ReferenceGraph,
  ReferenceGraphEdge,
  ReferenceGraphExpansion,
  ReferenceGraphFilter,
  ReferenceGraphNode,
} from '../schema/types/referenceGraph.type.js';
import { RegistryObject } from '../schema/types/registryObject.type.js';
import { loadVisible, type VisibleObject } from './visibility.js';

/** The explorer's reference graph: thin, the neighbourhood is computed in src/registry/graph. */
@Resolver(() => ReferenceGraphNode)
export class ReferenceGraphResolver {
  @Query(() => ReferenceGraph, {
    nullable: true,
    description:
      'The references around an object, both ways, to depth 1 or 2, at most limitPerNode edges per node (1–50; expand raises it for some nodes). Null when the object does not exist or is hidden from you.',
  })
  async referenceGraph(
    @Arg('root', () => ID) root: string,
    @Arg('depth', () => Int, { defaultValue: 2 }) depth: number,
    @Arg('limitPerNode', () => Int, { defaultValue: 10 }) limitPerNode: number,
    @Arg('filter', () => ReferenceGraphFilter, { nullable: true }) filter: ReferenceGraphFilter | null,
    @Arg('expand', () => [ReferenceGraphExpansion], { nullable: true }) expand: ReferenceGraphExpansion[] | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const graph = await referenceGraph(ctx.em, accessOf(ctx), { root, depth, limitPerNode, kinds: filter?.kinds, names: filter?.names, expand });
    return graph && { ...graph, edges: graph.edges.map(edgeView) };
  }

  @FieldResolver(() => RegistryObject, { nullable: true, description: 'Null when missing here or hidden from you: draw the bare UUID.' })
  object(@Root() node: GraphNode, @Ctx() ctx: GraphQLContext): VisibleObject {
    return node.kind === null ? null : loadVisible(ctx, node.uuid);
  }
}

function edgeView(e: GraphEdge): ReferenceGraphEdge {
  return { sourceUuid: e.source, name: e.name, targetUuid: e.target };
}
