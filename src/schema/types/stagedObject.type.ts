import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ObjectKind } from '../enums.js';
import { DateTimeScalar, JSONObjectScalar } from '../scalars.js';
import { edgeOf, PageInfo } from './connection.type.js';

@ObjectType('StagedObject', { description: 'One object of a staged archive, as its record stands in the archive.' })
export class StagedObjectNode {
  @Field(() => Int, { description: '1-based line in objects.ndjson: the archive order.' })
  line!: number;

  @Field(() => ID)
  uuid!: string;

  @Field(() => ObjectKind)
  kind!: ObjectKind;

  @Field()
  name!: string;

  @Field(() => DateTimeScalar, { description: "The record's timestamp: import conflicts are decided on it." })
  timestamp!: Date;

  @Field(() => JSONObjectScalar, {
    description:
      'The archive record (see docs/archive-format.md); its attributes are null when the archive withholds content (viewContent false) and you are not an administrator.',
  })
  record!: Record<string, unknown>;
}

@ObjectType()
export class StagedObjectEdge extends edgeOf(StagedObjectNode) {}

@ObjectType({ description: 'Objects of a staged import in archive order.' })
export class StagedObjectConnection {
  @Field(() => [StagedObjectEdge])
  edges!: StagedObjectEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'All matching objects (costs one more statement; ask only when needed).' })
  totalCount!: number;
}

@InputType()
export class StagedObjectFilter {
  @Field(() => [ObjectKind], { nullable: true })
  kinds?: ObjectKind[] | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the name.' })
  nameContains?: string | null;
}
