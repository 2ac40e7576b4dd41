import { Field, ID, InputType, Int, ObjectType, type ClassType } from 'type-graphql';
import { ObjectKind } from '../enums.js';
import { RegistryObject } from './registryObject.type.js';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/**
 * The Relay edge of a node type: every connection's `XEdge` extends `edgeOf(X)`, so the shape is declared once.
 * The base is registered (its fields are inherited) but never referenced, so only the subclasses are emitted.
 */
export function edgeOf<TNode extends object>(nodeType: ClassType<TNode> | (abstract new () => TNode)) {
  @ObjectType()
  abstract class Edge {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: TNode;
  }
  return Edge;
}

@ObjectType()
export class RegistryObjectEdge extends edgeOf(RegistryObject) {}

@ObjectType({ description: 'Objects the caller may view, ordered by name then UUID.' })
export class RegistryObjectConnection {
  @Field(() => [RegistryObjectEdge])
  edges!: RegistryObjectEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'All matching objects (costs one more statement; ask only when needed).' })
  totalCount!: number;
}

@InputType()
export class ObjectFilter {
  @Field(() => [ObjectKind], { nullable: true })
  kinds?: ObjectKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Assets of this object type.' })
  objectType?: string | null;

  @Field(() => ID, { nullable: true })
  organization?: string | null;

  @Field(() => ID, { nullable: true })
  owner?: string | null;

  @Field(() => ID, { nullable: true, description: 'Assets in this lifecycle state (state UUID).' })
  lifecycleState?: string | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the name.' })
  nameContains?: string | null;
}
