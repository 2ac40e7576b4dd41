import { Field, Int, ObjectType } from 'type-graphql';
import { JSONScalar } from '../scalars.js';

@ObjectType({ description: "One difference between the registry's copy of an object and the archive's, as a `terraform plan` lists it." })
export class FieldChange {
  @Field({
    description:
      'name, description, version, previousVersion, organization, owner, lifecycleState, attributes.<name>, references.<relation>, members (packages), groups (users), fields.<key>.',
  })
  path!: string;

  @Field(() => JSONScalar, {
    nullable: true,
    description:
      "The registry's value. For references.<relation>, members and groups: the UUIDs only the registry's copy has (removed). A value cut to the bound is the start of its text followed by \"…\".",
  })
  before!: unknown;

  @Field(() => JSONScalar, {
    nullable: true,
    description: "The value after the import (REPLACE) or the archive's (IGNORE, REJECT). For lists: the UUIDs only the archive's copy has (added).",
  })
  after!: unknown;

  @Field({ description: 'A value was longer than 2048 characters and was cut.' })
  cut!: boolean;
}

@ObjectType({ description: 'What changes, field by field: the first 100 differences, with a marker when the list or a value was cut.' })
export class FieldChanges {
  @Field(() => [FieldChange])
  entries!: FieldChange[];

  @Field(() => Int, { description: 'How many differences there are in all (entries lists the first 100).' })
  totalCount!: number;

  @Field({ description: 'Entries were left off, or a value was cut.' })
  truncated!: boolean;

  @Field({
    description:
      'Attributes were not compared: the content of the archive or of the registry\'s copy is withheld from you (viewContent false and you are not an administrator).',
  })
  contentWithheld!: boolean;
}
