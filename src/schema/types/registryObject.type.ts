import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import { ObjectKind } from '../enums.js';
import { DateTimeScalar } from '../scalars.js';

@ObjectType({ description: 'Protection flags an object carries when it was imported from a protected archive.' })
export class Protection {
  @Field({ description: 'False: attributes are hidden from all but administrators.' })
  viewContent!: boolean;

  @Field({ description: 'False: the object cannot be exported again from this registry.' })
  rePackageable!: boolean;

  @Field({ description: 'False: the object cannot be edited in this registry.' })
  editable!: boolean;
}

const TYPE_NAME_BY_KIND: Record<ObjectKind, string> = {
  OBJECT_TYPE: 'ObjectType',
  ASSET: 'Asset',
  ORGANIZATION: 'Organization',
  USER: 'User',
  GROUP: 'Group',
  LIFECYCLE_MODEL: 'LifecycleModel',
  LIFECYCLE_STAGE: 'LifecycleStage',
  POLICY: 'Policy',
  PACKAGE: 'Package',
};

/** The GraphQL type of a registry object's value: its kind's. */
export function registryObjectTypeName(value: { kind: ObjectKind }): string {
  return TYPE_NAME_BY_KIND[value.kind];
}

@InterfaceType({
  description: 'Anything the registry holds, identified by a UUID that never changes.',
  resolveType: registryObjectTypeName,
})
export abstract class RegistryObject {
  @Field(() => ID, { description: 'A plain UUID or the CentraSite form uddi:<uuid>, exactly as it was given.' })
  uuid!: string;

  @Field(() => ObjectKind)
  kind!: ObjectKind;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'Time of the last change: import conflicts are decided on it.' })
  timestamp!: Date;

  @Field(() => ID, { nullable: true })
  ownerUuid!: string | null;

  @Field(() => ID, { nullable: true })
  organizationUuid!: string | null;
}
