import type { NonEmptyArray } from 'type-graphql';
import { AccessResolver } from './accessResolver.js';
import { kindFieldResolvers } from './kindFieldResolvers.js';
import { ObjectMutationResolver } from './objectMutationResolver.js';
import { ObjectQueryResolver } from './objectQueryResolver.js';
import { ReferenceResolver } from './referenceResolver.js';
import { RegistryObjectFieldResolver } from './registryObjectFieldResolver.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  ObjectQueryResolver,
  ObjectMutationResolver,
  RegistryObjectFieldResolver,
  ReferenceResolver,
  AccessResolver,
  ...kindFieldResolvers,
];
