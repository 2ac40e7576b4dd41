import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A registry instance: its stable UUID, display name and address.' })
export class RegistryInfo {
  @Field(() => ID)
  uuid!: string;

  @Field()
  name!: string;

  @Field({ description: 'The address lifecycle stages name this registry by (REGISTRY_ADDRESS).' })
  address!: string;
}
