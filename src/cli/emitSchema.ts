import 'reflect-metadata';
import path from 'node:path';
import { buildRegistrySchema } from '../schema/buildRegistrySchema.js';

/** Writes src/schema/schema.graphql from the code; CI fails when the checked-in copy differs. */
const target = path.resolve('src/schema/schema.graphql');
await buildRegistrySchema(target);
console.log(`wrote ${target}`);
