import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
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

@ObjectType()
export class RegistryObjectEdge {
  @Field()
  cursor!: string;

  @Field(() => RegistryObject)
  node!: RegistryObject;
}

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
