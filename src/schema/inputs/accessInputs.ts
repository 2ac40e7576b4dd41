import { Field, ID, InputType } from 'type-graphql';
import { Right } from '../enums.js';

@InputType()
export class GrantPermissionInput {
  @Field(() => ID, { description: 'A user or a group.' })
  principal!: string;

  @Field(() => Right)
  right!: Right;

  @Field(() => ID, { nullable: true, description: 'For VIEW and EDIT.' })
  object?: string | null;

  @Field(() => String, { nullable: true, description: 'For CREATE: object type UUID or kind name.' })
  typeKey?: string | null;

  @Field(() => ID, { nullable: true, description: 'For CREATE.' })
  organization?: string | null;
}
