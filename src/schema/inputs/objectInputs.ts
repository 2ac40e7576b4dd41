import { Field, ID, InputType, Int } from 'type-graphql';
import { AttributeType, LifecycleModelStatus, PolicyActionType, PolicyEvent, Role } from '../enums.js';
import { JSONObjectScalar, JSONScalar } from '../scalars.js';

/*
 * Create inputs per kind share the common fields through inheritance; update inputs make every field
 * optional (a field left out keeps its value).
 */

@InputType()
export class ReferenceInput {
  @Field()
  name!: string;

  @Field(() => ID)
  target!: string;
}

// Registered so its fields are inherited; never referenced itself, so it is not emitted.
@InputType()
abstract class CommonCreateFields {
  @Field(() => ID, { nullable: true, description: 'Chosen UUID (plain or uddi:); one is made when left out.' })
  uuid?: string | null;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: "Defaults to the caller's organization." })
  organization?: string | null;

  @Field(() => ID, { nullable: true, description: 'Administrators only; defaults to the caller.' })
  owner?: string | null;

  @Field(() => [ReferenceInput], { nullable: true })
  references?: ReferenceInput[] | null;
}

// Registered so its fields are inherited; never referenced itself, so it is not emitted.
@InputType()
abstract class CommonUpdateFields {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  organization?: string | null;

  @Field(() => ID, { nullable: true })
  owner?: string | null;

  @Field(() => [ReferenceInput], { nullable: true, description: 'Replaces all references when given.' })
  references?: ReferenceInput[] | null;
}

@InputType()
export class AttributeDefinitionInput {
  @Field()
  name!: string;

  @Field(() => AttributeType)
  type!: AttributeType;

  @Field({ defaultValue: false })
  required!: boolean;
}

@InputType()
export class CreateObjectTypeInput extends CommonCreateFields {
  @Field(() => [AttributeDefinitionInput])
  attributeDefinitions!: AttributeDefinitionInput[];
}

@InputType()
export class UpdateObjectTypeInput extends CommonUpdateFields {
  @Field(() => [AttributeDefinitionInput], { nullable: true })
  attributeDefinitions?: AttributeDefinitionInput[] | null;
}

@InputType()
export class CreateAssetInput extends CommonCreateFields {
  @Field(() => ID)
  objectType!: string;

  @Field(() => String, { nullable: true, description: 'A version string such as "1.0".' })
  version?: string | null;

  @Field(() => ID, { nullable: true, description: 'The previous version of the same lineage.' })
  previousVersion?: string | null;

  @Field(() => JSONObjectScalar, { nullable: true })
  attributes?: Record<string, unknown> | null;
}

@InputType()
export class UpdateAssetInput extends CommonUpdateFields {
  @Field(() => String, { nullable: true })
  version?: string | null;

  @Field(() => ID, { nullable: true })
  previousVersion?: string | null;

  @Field(() => JSONObjectScalar, { nullable: true, description: 'Replaces all attributes when given.' })
  attributes?: Record<string, unknown> | null;
}

@InputType()
export class CreateOrganizationInput extends CommonCreateFields {}

@InputType()
export class UpdateOrganizationInput extends CommonUpdateFields {}

@InputType()
export class CreateUserInput extends CommonCreateFields {
  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => [Role], { defaultValue: [] })
  roles!: Role[];

  @Field(() => [ID], { defaultValue: [] })
  groups!: string[];
}

@InputType()
export class UpdateUserInput extends CommonUpdateFields {
  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => [Role], { nullable: true })
  roles?: Role[] | null;

  @Field(() => [ID], { nullable: true })
  groups?: string[] | null;
}

@InputType()
export class CreateGroupInput extends CommonCreateFields {
  @Field({ defaultValue: false })
  system!: boolean;

  @Field(() => [Role], { defaultValue: [] })
  roles!: Role[];
}

@InputType()
export class UpdateGroupInput extends CommonUpdateFields {
  @Field(() => [Role], { nullable: true })
  roles?: Role[] | null;
}

@InputType({ description: 'States are named in the input; transitions, initial and end states refer to those names.' })
export class LifecycleStateInput {
  @Field(() => ID, { nullable: true, description: 'Kept when given; an existing state of the same name keeps its UUID.' })
  uuid?: string | null;

  @Field()
  name!: string;

  @Field(() => [ID], { defaultValue: [] })
  stages!: string[];
}

@InputType()
export class LifecycleTransitionInput {
  @Field()
  from!: string;

  @Field()
  to!: string;
}

@InputType()
export class CreateLifecycleModelInput extends CommonCreateFields {
  @Field(() => LifecycleModelStatus, { defaultValue: LifecycleModelStatus.NEW })
  status!: LifecycleModelStatus;

  @Field(() => [LifecycleStateInput])
  states!: LifecycleStateInput[];

  @Field({ description: 'Name of the initial state.' })
  initialState!: string;

  @Field(() => [String], { defaultValue: [] })
  endStates!: string[];

  @Field(() => [LifecycleTransitionInput], { defaultValue: [] })
  transitions!: LifecycleTransitionInput[];

  @Field(() => [ID], { defaultValue: [] })
  objectTypes!: string[];
}

@InputType()
export class UpdateLifecycleModelInput extends CommonUpdateFields {
  @Field(() => LifecycleModelStatus, { nullable: true })
  status?: LifecycleModelStatus | null;

  @Field(() => [LifecycleStateInput], { nullable: true })
  states?: LifecycleStateInput[] | null;

  @Field(() => String, { nullable: true })
  initialState?: string | null;

  @Field(() => [String], { nullable: true })
  endStates?: string[] | null;

  @Field(() => [LifecycleTransitionInput], { nullable: true })
  transitions?: LifecycleTransitionInput[] | null;

  @Field(() => [ID], { nullable: true })
  objectTypes?: string[] | null;
}

@InputType()
export class CreateLifecycleStageInput extends CommonCreateFields {
  @Field()
  address!: string;
}

@InputType()
export class UpdateLifecycleStageInput extends CommonUpdateFields {
  @Field(() => String, { nullable: true })
  address?: string | null;
}

@InputType()
export class PolicyActionInput {
  @Field(() => PolicyActionType)
  type!: PolicyActionType;

  @Field(() => String, { nullable: true })
  message?: string | null;

  @Field(() => String, { nullable: true })
  attribute?: string | null;

  @Field(() => JSONScalar, { nullable: true })
  value?: unknown;

  @Field(() => ID, { nullable: true })
  state?: string | null;
}

@InputType()
export class CreatePolicyInput extends CommonCreateFields {
  @Field(() => [PolicyEvent])
  events!: PolicyEvent[];

  @Field(() => [ID])
  objectTypes!: string[];

  @Field(() => JSONScalar, { nullable: true, description: 'JsonLogic over { name, description, kind, version, objectType, lifecycleState, attributes }.' })
  condition?: unknown;

  @Field(() => [PolicyActionInput])
  actions!: PolicyActionInput[];

  @Field({ defaultValue: true })
  enabled!: boolean;

  @Field(() => Int, { defaultValue: 0 })
  priority!: number;
}

@InputType()
export class UpdatePolicyInput extends CommonUpdateFields {
  @Field(() => [PolicyEvent], { nullable: true })
  events?: PolicyEvent[] | null;

  @Field(() => [ID], { nullable: true })
  objectTypes?: string[] | null;

  @Field(() => JSONScalar, { nullable: true })
  condition?: unknown;

  @Field(() => [PolicyActionInput], { nullable: true })
  actions?: PolicyActionInput[] | null;

  @Field(() => Boolean, { nullable: true })
  enabled?: boolean | null;

  @Field(() => Int, { nullable: true })
  priority?: number | null;
}

@InputType()
export class CreatePackageInput extends CommonCreateFields {
  @Field(() => [ID])
  members!: string[];
}

@InputType()
export class UpdatePackageInput extends CommonUpdateFields {
  @Field(() => [ID], { nullable: true })
  members?: string[] | null;
}
