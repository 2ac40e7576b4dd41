import { Field, ID, ObjectType } from 'type-graphql';
import { AttributeType, LifecycleModelStatus, PolicyActionType, PolicyEvent, Role } from '../enums.js';
import { JSONObjectScalar, JSONScalar } from '../scalars.js';
import { Reference } from './reference.type.js';
import { Protection, RegistryObject } from './registryObject.type.js';

/*
 * One GraphQL type per kind. Fields shared by every object live on the RegistryObject interface; fields that
 * come from the kind's own data are filled by field resolvers (src/resolvers/), which batch through DataLoader.
 */

@ObjectType()
export class AttributeDefinition {
  @Field()
  name!: string;

  @Field(() => AttributeType)
  type!: AttributeType;

  @Field()
  required!: boolean;
}

@ObjectType('ObjectType', { implements: RegistryObject, description: 'A user-defined asset type.' })
export class ObjectType_ extends RegistryObject {
  @Field(() => [AttributeDefinition])
  attributeDefinitions!: AttributeDefinition[];
}

@ObjectType({ implements: RegistryObject, description: 'An instance of an object type.' })
export class Asset extends RegistryObject {
  @Field(() => ID)
  objectTypeUuid!: string;

  @Field(() => String, { nullable: true })
  version!: string | null;

  @Field(() => ID, { nullable: true })
  previousVersionUuid!: string | null;

  @Field(() => JSONObjectScalar, {
    nullable: true,
    description: 'Null when the archive it came from withheld its content (viewContent false) and you are not an administrator.',
  })
  attributes!: Record<string, unknown> | null;
}

@ObjectType({ implements: RegistryObject })
export class Organization extends RegistryObject {}

@ObjectType({ implements: RegistryObject })
export class User extends RegistryObject {
  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => [Role], {
    description: 'The roles given to this user directly: what createUser and updateUser set and archives carry.',
  })
  ownRoles!: Role[];

  @Field(() => [Role], { description: "The roles this user holds: its own and its groups'. They decide what it may do." })
  roles!: Role[];

  @Field(() => [ID])
  groupUuids!: string[];
}

@ObjectType({ implements: RegistryObject })
export class Group extends RegistryObject {
  @Field({ description: 'System groups exist in every registry and are never imported.' })
  system!: boolean;

  @Field(() => [Role])
  roles!: Role[];
}

@ObjectType()
export class LifecycleState {
  @Field(() => ID)
  uuid!: string;

  @Field()
  name!: string;

  @Field(() => ID)
  modelUuid!: string;

  @Field()
  initial!: boolean;

  @Field()
  end!: boolean;

  @Field(() => [ID], { description: 'The lifecycle stages (registries) an object in this state may be promoted to.' })
  stageUuids!: string[];
}

@ObjectType()
export class LifecycleTransition {
  @Field(() => ID)
  fromUuid!: string;

  @Field(() => ID)
  toUuid!: string;
}

@ObjectType({ implements: RegistryObject })
export class LifecycleModel extends RegistryObject {
  @Field(() => LifecycleModelStatus)
  status!: LifecycleModelStatus;

  @Field(() => [LifecycleState])
  states!: LifecycleState[];

  @Field(() => [LifecycleTransition])
  transitions!: LifecycleTransition[];

  @Field(() => [ID])
  objectTypeUuids!: string[];
}

@ObjectType({ implements: RegistryObject, description: 'A registry instance that hosts a phase of a lifecycle.' })
export class LifecycleStage extends RegistryObject {
  @Field({ description: 'The address (REGISTRY_ADDRESS) of the registry hosting this stage.' })
  address!: string;
}

@ObjectType()
export class PolicyAction {
  @Field(() => PolicyActionType)
  type!: PolicyActionType;

  @Field(() => String, { nullable: true })
  message!: string | null;

  @Field(() => String, { nullable: true })
  attribute!: string | null;

  @Field(() => JSONScalar, { nullable: true })
  value!: unknown;

  @Field(() => ID, { nullable: true })
  state!: string | null;
}

@ObjectType({ implements: RegistryObject })
export class Policy extends RegistryObject {
  @Field(() => [PolicyEvent])
  events!: PolicyEvent[];

  @Field(() => [ID])
  objectTypeUuids!: string[];

  @Field(() => JSONScalar, { nullable: true, description: 'A JsonLogic expression; null always matches.' })
  condition!: unknown;

  @Field(() => [PolicyAction])
  actions!: PolicyAction[];

  @Field()
  enabled!: boolean;

  @Field()
  priority!: number;
}

@ObjectType({ implements: RegistryObject, description: 'A named set of objects: the unit of export and synchronization.' })
export class Package extends RegistryObject {
  @Field(() => [ID])
  memberUuids!: string[];
}

export { Protection, Reference };
