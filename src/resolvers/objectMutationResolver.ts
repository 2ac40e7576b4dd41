import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { ObjectKind } from '../domain/objectKind.js';
import { RegistryObjectEntity } from '../entities/index.js';
import type { GraphQLContext } from '../graphql/context.js';
import { accessOf } from '../graphql/context.js';
import {
  CreateAssetInput,
  CreateGroupInput,
  CreateLifecycleModelInput,
  CreateLifecycleStageInput,
  CreateObjectTypeInput,
  CreateOrganizationInput,
  CreatePackageInput,
  CreatePolicyInput,
  CreateUserInput,
  UpdateAssetInput,
  UpdateGroupInput,
  UpdateLifecycleModelInput,
  UpdateLifecycleStageInput,
  UpdateObjectTypeInput,
  UpdateOrganizationInput,
  UpdatePackageInput,
  UpdatePolicyInput,
  UpdateUserInput,
} from '../schema/inputs/objectInputs.js';
import {
  Asset,
  Group,
  LifecycleModel,
  LifecycleStage,
  ObjectType_,
  Organization,
  Package,
  Policy,
  User,
} from '../schema/types/kinds.type.js';
import * as map from './inputMapping.js';
import { toObjectView, type ObjectView } from './objectView.js';
import { objectService } from './services.js';

/** Create, update and delete for every kind. Thin: map the input, delegate to ObjectService, return a view. */
@Resolver()
export class ObjectMutationResolver {
  @Mutation(() => ObjectType_)
  async createObjectType(@Arg('input') input: CreateObjectTypeInput, @Ctx() ctx: GraphQLContext): Promise<ObjectView> {
    return view(objectService(ctx).create(ObjectKind.OBJECT_TYPE, map.createInput(input, map.objectTypeFields(input))));
  }

  @Mutation(() => ObjectType_)
  async updateObjectType(@Arg('uuid', () => ID) uuid: string, @Arg('input') input: UpdateObjectTypeInput, @Ctx() ctx: GraphQLContext) {
    return view(objectService(ctx).update(uuid, map.updateInput(input, map.objectTypeFields(input))));
  }

  @Mutation(() => Asset)
  async createAsset(@Arg('input') input: CreateAssetInput, @Ctx() ctx: GraphQLContext) {
    return view(objectService(ctx).create(ObjectKind.ASSET, map.createInput(input, { objectType: input.objectType }, map.assetExtras(input))));
  }

  @Mutation(() => Asset)
  async updateAsset(@Arg('uuid', () => ID) uuid: string, @Arg('input') input: UpdateAssetInput, @Ctx() ctx: GraphQLContext) {
    return view(objectService(ctx).update(uuid, map.updateInput(input, {}, map.assetExtras(input))));
  }

  @Mutation(() => Organization)
  async createOrganization(@Arg('input') input: CreateOrganizationInput, @Ctx() ctx: GraphQLContext) {
    return view(objectService(ctx).create(ObjectKind.ORGANIZATION, map.createInput(input, {})));
  }

  @Mutation(() => Organization)
  async updateOrganization(@Arg('uuid', () => ID) uuid: string, @Arg('input') input: UpdateOrganizationInput, @Ctx() ctx: GraphQLContext) {
    return view(objectService(ctx).update(uuid, map.updateInput(input, {})));
  }

  @Mutation(() => User)
  async createUser(@Arg('input') input: CreateUserInput, @Ctx() ctx: GraphQLContext) {
    return view(objectService(ctx).create(ObjectKind.USER, map.createInput(input, map.userFields(input))));
  }

  @Mutation(() => User)
  async updateUser(@Arg('uuid', () => ID) uuid: string, @Arg('input') input: UpdateUserInput, @Ctx() ctx: GraphQLContext) {
    return view(objectService(ctx).update(uuid, map.updateInput(input, map.userFields(input))));
  }

  @Mutation(() => Group)
  async createGroup(@Arg('input') input: CreateGroupInput, @Ctx() ctx: GraphQLContext) {
    return view(objectService(ctx).create(ObjectKind.GROUP, map.createInput(input, map.groupFields(input))));
  }

  @Mutation(() => Group)
  async updateGroup(@Arg('uuid', () => ID) uuid: string, @Arg('input') input: UpdateGroupInput, @Ctx() ctx: GraphQLContext) {
    return view(objectService(ctx).update(uuid, map.updateInput(input, map.groupFields(input))));
  }

  @Mutation(() => LifecycleModel)
  async createLifecycleModel(@Arg('input') input: CreateLifecycleModelInput, @Ctx() ctx: GraphQLContext) {
    return view(objectService(ctx).create(ObjectKind.LIFECYCLE_MODEL, map.createInput(input, map.lifecycleModelFields(input))));
  }

  @Mutation(() => LifecycleModel)
  async updateLifecycleModel(@Arg('uuid', () => ID) uuid: string, @Arg('input') input: UpdateLifecycleModelInput, @Ctx() ctx: GraphQLContext) {
    return view(objectService(ctx).updateLifecycleModel(uuid, map.updateInput(input, {}), input));
  }

  @Mutation(() => LifecycleStage)
  async createLifecycleStage(@Arg('input') input: CreateLifecycleStageInput, @Ctx() ctx: GraphQLContext) {
    return view(objectService(ctx).create(ObjectKind.LIFECYCLE_STAGE, map.createInput(input, map.lifecycleStageFields(input))));
  }

  @Mutation(() => LifecycleStage)
  async updateLifecycleStage(@Arg('uuid', () => ID) uuid: string, @Arg('input') input: UpdateLifecycleStageInput, @Ctx() ctx: GraphQLContext) {
    return view(objectService(ctx).update(uuid, map.updateInput(input, map.lifecycleStageFields(input))));
  }

  @Mutation(() => Policy)
  async createPolicy(@Arg('input') input: CreatePolicyInput, @Ctx() ctx: GraphQLContext) {
    return view(objectService(ctx).create(ObjectKind.POLICY, map.createInput(input, { condition: null, ...map.policyFields(input) })));
  }

  @Mutation(() => Policy)
  async updatePolicy(@Arg('uuid', () => ID) uuid: string, @Arg('input') input: UpdatePolicyInput, @Ctx() ctx: GraphQLContext) {
    return view(objectService(ctx).update(uuid, map.updateInput(input, map.policyFields(input))));
  }

  @Mutation(() => Package)
  async createPackage(@Arg('input') input: CreatePackageInput, @Ctx() ctx: GraphQLContext) {
    return view(objectService(ctx).create(ObjectKind.PACKAGE, map.createInput(input, map.packageFields(input))));
  }

  @Mutation(() => Package)
  async updatePackage(@Arg('uuid', () => ID) uuid: string, @Arg('input') input: UpdatePackageInput, @Ctx() ctx: GraphQLContext) {
    return view(objectService(ctx).update(uuid, map.updateInput(input, map.packageFields(input))));
  }

  @Mutation(() => Boolean, { description: 'Deletes an object of any kind. References to it from other objects dangle.' })
  async deleteObject(@Arg('uuid', () => ID) uuid: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    accessOf(ctx);
    await objectService(ctx).delete(uuid);
    return true;
  }

  @Mutation(() => Asset, { description: 'Moves an asset to another state along an allowed transition of its lifecycle model.' })
  async moveLifecycleState(@Arg('uuid', () => ID) uuid: string, @Arg('state', () => ID) state: string, @Ctx() ctx: GraphQLContext) {
    return view(objectService(ctx).moveLifecycleState(uuid, state));
  }
}

async function view(entity: Promise<RegistryObjectEntity>): Promise<ObjectView> {
  return toObjectView(await entity);
}
