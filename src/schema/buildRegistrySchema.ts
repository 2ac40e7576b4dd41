import 'reflect-metadata';
import type { GraphQLInterfaceType, GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { guardInputBounds } from '../graphql/inputBounds.js';
import { resolvers } from '../resolvers/index.js';
import * as kinds from './types/kinds.type.js';
import { DateTimeScalar } from './scalars.js';
import { registryObjectTypeName } from './types/registryObject.type.js';
import './enums.js';

/**
 * The registry's GraphQL schema, built from the decorated classes; `emitSchemaFile` writes the SDL. Every string
 * an operation passes in is bounded (inputBounds.ts) before any resolver runs.
 */
export async function buildRegistrySchema(emitSchemaFile?: string): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    // Concrete kinds are reachable only through the RegistryObject interface in some places: list them all.
    orphanedTypes: Object.values(kinds).filter((v) => typeof v === 'function'),
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    emitSchemaFile: emitSchemaFile ? { path: emitSchemaFile, sortedSchema: true } : false,
    validate: false,
  });
  answerTypesAtOnce(schema);
  return guardInputBounds(schema);
}

let served: Promise<GraphQLSchema> | undefined;

/**
 * The schema this process serves, built once: it depends on the code alone (requests bring their context), and
 * building it costs about 0.2 s, paid by every server a process starts (the tests start hundreds).
 */
export function servedSchema(): Promise<GraphQLSchema> {
  served ??= buildRegistrySchema();
  served.catch(() => (served = undefined)); // a failed build is tried again by the next server
  return served;
}

/**
 * type-graphql wraps an interface's resolveType in an async function, so every value of an interface type (each
 * node of an explorer page, each reference's target) became a promise for GraphQL to wait on: hundreds per page,
 * most of a page's execution time and garbage. The interface's own function answers at once.
 */
function answerTypesAtOnce(schema: GraphQLSchema): void {
  // Not graphql's isInterfaceType: under the tests graphql is loaded twice (ESM and CommonJS), and its instanceof fails.
  const registryObject = schema.getType('RegistryObject') as GraphQLInterfaceType | undefined;
  if (!registryObject || !('resolveType' in registryObject)) throw new Error('the schema has no RegistryObject interface');
  registryObject.resolveType = registryObjectTypeName;
}
