import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import type { ReferenceView } from '../graphql/loaders.js';
import { Reference } from '../schema/types/reference.type.js';
import { RegistryObject } from '../schema/types/registryObject.type.js';
import { loadVisible } from './visibility.js';

@Resolver(() => Reference)
export class ReferenceResolver {
  @FieldResolver(() => RegistryObject, { nullable: true, description: 'Null when the target is missing here or hidden from you.' })
  target(@Root() r: ReferenceView, @Ctx() ctx: GraphQLContext) {
    return loadVisible(ctx, r.targetUuid);
  }

  @FieldResolver(() => RegistryObject, { nullable: true })
  source(@Root() r: ReferenceView, @Ctx() ctx: GraphQLContext) {
    return loadVisible(ctx, r.sourceUuid);
  }
}
