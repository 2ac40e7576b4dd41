import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { effectiveRoles } from '../domain/effectiveRoles.js';
import { ObjectKind, Role } from '../domain/objectKind.js';
import type { GraphQLContext } from '../graphql/context.js';
import { accessOf } from '../graphql/context.js';
import {
  Asset,
  Group,
  LifecycleModel,
  LifecycleStage,
  LifecycleState,
  ObjectType_,
  Package,
  Policy,
  User,
} from '../schema/types/kinds.type.js';
import { RegistryObject } from '../schema/types/registryObject.type.js';
import { JSONObjectScalar } from '../schema/scalars.js';
import { lifecycleStatesView, type ObjectView } from './objectView.js';
import { loadVisible, loadVisibleMany } from './visibility.js';

type StateView = ReturnType<typeof lifecycleStatesView>[number];

/** Longest version path we walk, so a corrupted cycle of previous-version links cannot loop forever. */
const MAX_VERSION_PATH = 1000;

@Resolver(() => Asset)
export class AssetFieldResolver {
  @FieldResolver(() => ObjectType_, { nullable: true })
  objectType(@Root() o: ObjectView, @Ctx() ctx: GraphQLContext) {
    return loadVisible(ctx, o.objectTypeUuid);
  }

  @FieldResolver(() => Asset, { nullable: true })
  previousVersion(@Root() o: ObjectView, @Ctx() ctx: GraphQLContext) {
    return loadVisible(ctx, o.previousVersionUuid);
  }

  @FieldResolver(() => [Asset], { description: 'The lineage up to this version, oldest first (versions you may view).' })
  async versionPath(@Root() o: ObjectView, @Ctx() ctx: GraphQLContext): Promise<ObjectView[]> {
    const path: ObjectView[] = [o];
    const seen = new Set([o.uuid]);
    let current: ObjectView | null = o;
    while (current?.previousVersionUuid && !seen.has(current.previousVersionUuid) && path.length < MAX_VERSION_PATH) {
      seen.add(current.previousVersionUuid);
      current = await loadVisible(ctx, current.previousVersionUuid);
      if (current) path.unshift(current);
    }
    return path;
  }

  @FieldResolver(() => LifecycleModel, { nullable: true })
  lifecycleModel(@Root() o: ObjectView, @Ctx() ctx: GraphQLContext) {
    return loadVisible(ctx, o.lifecycleModelUuid);
  }

  /** At once when the model is at hand (as on a page, or when there is none), so a page pays no promise per asset. */
  @FieldResolver(() => LifecycleState, { nullable: true })
  lifecycleState(@Root() o: ObjectView, @Ctx() ctx: GraphQLContext): StateView | null | Promise<StateView | null> {
    const stateIn = (model: ObjectView | null) => ((model?.states as StateView[] | undefined) ?? []).find((s) => s.uuid === o.lifecycleStateUuid) ?? null;
    const model = loadVisible(ctx, o.lifecycleModelUuid);
    return model instanceof Promise ? model.then(stateIn) : stateIn(model);
  }

  /** Read apart, in one statement per page, when the object was read without them (see ViewedObjectRow). */
  @FieldResolver(() => JSONObjectScalar, { nullable: true })
  async attributes(@Root() o: ObjectView, @Ctx() ctx: GraphQLContext) {
    const access = await accessOf(ctx).ready();
    if (!access.canViewContent({ ...o, viewContent: o.protection.viewContent })) return null;
    return o.attributes ?? ctx.loaders.attributes.load(o.uuid);
  }
}

@Resolver(() => LifecycleState)
export class LifecycleStateResolver {
  @FieldResolver(() => LifecycleModel, { nullable: true })
  model(@Root() s: StateView, @Ctx() ctx: GraphQLContext) {
    return loadVisible(ctx, s.modelUuid);
  }

  @FieldResolver(() => [LifecycleStage])
  stages(@Root() s: StateView, @Ctx() ctx: GraphQLContext) {
    return loadVisibleMany(ctx, s.stageUuids);
  }
}

@Resolver(() => LifecycleModel)
export class LifecycleModelFieldResolver {
  @FieldResolver(() => [ObjectType_])
  objectTypes(@Root() o: ObjectView, @Ctx() ctx: GraphQLContext) {
    return loadVisibleMany(ctx, o.objectTypeUuids as string[]);
  }

  @FieldResolver(() => LifecycleState)
  initialState(@Root() o: ObjectView): StateView | undefined {
    return (o.states as StateView[]).find((s) => s.initial);
  }
}

@Resolver(() => User)
export class UserFieldResolver {
  @FieldResolver(() => [Group])
  groups(@Root() o: ObjectView, @Ctx() ctx: GraphQLContext) {
    return loadVisibleMany(ctx, o.groupUuids as string[]);
  }

  /** Groups are registry structure every signed-in user may view, so every group's roles count here. */
  @FieldResolver(() => [Role])
  async roles(@Root() o: ObjectView, @Ctx() ctx: GraphQLContext): Promise<Role[]> {
    const groups = await loadVisibleMany(ctx, o.groupUuids as string[]);
    return effectiveRoles(o.ownRoles as Role[], groups.filter((g) => g.kind === ObjectKind.GROUP).map((g) => g.roles as Role[]));
  }
}

@Resolver(() => Policy)
export class PolicyFieldResolver {
  @FieldResolver(() => [ObjectType_])
  objectTypes(@Root() o: ObjectView, @Ctx() ctx: GraphQLContext) {
    return loadVisibleMany(ctx, o.objectTypeUuids as string[]);
  }
}

@Resolver(() => Package)
export class PackageFieldResolver {
  @FieldResolver(() => [RegistryObject], { description: 'Members you may view.' })
  members(@Root() o: ObjectView, @Ctx() ctx: GraphQLContext) {
    return loadVisibleMany(ctx, o.memberUuids as string[]);
  }
}

export const kindFieldResolvers = [
  AssetFieldResolver,
  LifecycleStateResolver,
  LifecycleModelFieldResolver,
  UserFieldResolver,
  PolicyFieldResolver,
  PackageFieldResolver,
];
