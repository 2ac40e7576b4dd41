import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A named link from one object to another. The target may be missing from this registry.' })
export class Reference {
  @Field()
  name!: string;

  @Field(() => ID)
  sourceUuid!: string;

  @Field(() => ID)
  targetUuid!: string;
}
