import { describe, expect, it } from 'vitest';
import type { GraphQLInterfaceType } from 'graphql';
import { buildRegistrySchema } from '../../src/schema/buildRegistrySchema.js';

describe('the registry schema', () => {
  // A promise here would make every node of an explorer page, and every reference's target, one more thing to wait on.
  it("names a registry object's GraphQL type at once, not in a promise", async () => {
    const schema = await buildRegistrySchema();
    const registryObject = schema.getType('RegistryObject') as GraphQLInterfaceType;
    const typeOf = (kind: string) => registryObject.resolveType!({ kind }, {}, {} as never, registryObject);
    expect([typeOf('ASSET'), typeOf('USER'), typeOf('OBJECT_TYPE')]).toEqual(['Asset', 'User', 'ObjectType']);
  });
});
