import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { guardInputBounds } from '../graphql/inputBounds.js';
import { resolvers } from '../resolvers/index.js';
import * as kinds from './types/kinds.type.js';
import { DateTimeScalar } from './scalars.js';
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
