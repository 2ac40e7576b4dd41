import { Field, Int, ObjectType } from 'type-graphql';
import { edgeOf, PageInfo } from './connection.type.js';
import { Reference } from './reference.type.js';

@ObjectType()
export class ReferenceEdge extends edgeOf(Reference) {}

@ObjectType({ description: 'References in pages, ordered by name then source UUID.' })
export class ReferenceConnection {
  @Field(() => [ReferenceEdge])
  edges!: ReferenceEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'All of them (costs one more statement; ask only when needed).' })
  totalCount!: number;
}
