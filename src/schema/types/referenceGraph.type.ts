import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ObjectKind } from '../enums.js';

@ObjectType({ description: 'An object of a reference graph, or the bare UUID of one that is missing here or hidden from you.' })
export class ReferenceGraphNode {
  @Field(() => ID)
  uuid!: string;

  @Field(() => Int, { description: 'Hops from the root.' })
  depth!: number;

  @Field({ description: 'Its references were followed: an object you may view, nearer than the depth asked for.' })
  expanded!: boolean;

  @Field(() => Int, { description: 'Expanded nodes: how many of their edges are drawn at most.' })
  limit!: number;

  @Field(() => Int, { description: 'Expanded nodes: edges that pass the filter, drawn or not.' })
  matchedEdges!: number;

  @Field(() => Int, { description: 'Expanded nodes: edges that pass the filter but are not drawn because of the limit ("+k more": expand it).' })
  hiddenByLimit!: number;

  @Field(() => Int, { description: 'Expanded nodes: edges the filter leaves out.' })
  hiddenByFilter!: number;
}

@ObjectType({ description: 'A named reference drawn in a graph, from source to target.' })
export class ReferenceGraphEdge {
  @Field(() => ID)
  sourceUuid!: string;

  @Field()
  name!: string;

  @Field(() => ID)
  targetUuid!: string;
}

@ObjectType()
export class ReferenceNameCount {
  @Field()
  name!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description:
    'A bounded neighbourhood of an object in the reference graph, both directions. Every edge left out is counted: on its node and in the totals.',
})
export class ReferenceGraph {
  @Field(() => ID)
  rootUuid!: string;

  @Field(() => Int)
  depth!: number;

  @Field(() => [ReferenceGraphNode])
  nodes!: ReferenceGraphNode[];

  @Field(() => [ReferenceGraphEdge])
  edges!: ReferenceGraphEdge[];

  @Field(() => Int, { description: 'Edges not drawn because of per-node limits (the sum of the nodes’ hiddenByLimit).' })
  hiddenByLimit!: number;

  @Field(() => Int, { description: 'Edges the filter leaves out, each counted once.' })
  hiddenByFilter!: number;

  @Field({ description: 'The node cap (1000) was reached: some neighbours were left out, counted in hiddenByLimit.' })
  truncated!: boolean;

  @Field(() => [ReferenceNameCount], { description: 'Reference names around the expanded nodes, before the name filter: what it can choose from.' })
  referenceNames!: ReferenceNameCount[];
}

@InputType({ description: 'Which edges a reference graph follows; missing and hidden objects pass any kind filter.' })
export class ReferenceGraphFilter {
  @Field(() => [ObjectKind], { nullable: true, description: 'Kinds of the objects the edges lead to (the root always passes).' })
  kinds?: ObjectKind[] | null;

  @Field(() => [String], { nullable: true, description: 'Reference names.' })
  names?: string[] | null;
}

@InputType({ description: 'A node whose edges are drawn beyond limitPerNode.' })
export class ReferenceGraphExpansion {
  @Field(() => ID)
  uuid!: string;

  @Field(() => Int, { description: 'At most 500.' })
  limit!: number;
}
