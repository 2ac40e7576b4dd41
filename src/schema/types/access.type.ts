import { Field, ID, ObjectType } from 'type-graphql';
import { Right } from '../enums.js';
import { DateTimeScalar } from '../scalars.js';

@ObjectType()
export class PermissionGrant {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The user or group holding the right.' })
  principalUuid!: string;

  @Field(() => Right)
  right!: Right;

  @Field(() => ID, { nullable: true, description: 'VIEW/EDIT: the object (an organization covers all its objects).' })
  objectUuid!: string | null;

  @Field(() => String, { nullable: true, description: 'CREATE: an object type UUID, or a kind name such as PACKAGE.' })
  typeKey!: string | null;

  @Field(() => ID, { nullable: true, description: 'CREATE: the organization.' })
  organizationUuid!: string | null;

  @Field(() => ID)
  grantedBy!: string;

  @Field(() => DateTimeScalar)
  grantedAt!: Date;
}

@ObjectType({ description: 'A bearer token; the secret itself is shown only once, when issued.' })
export class ApiToken {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  userUuid!: string;

  @Field()
  name!: string;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType()
export class IssuedToken {
  @Field({ description: 'Send as "Authorization: Bearer <token>". Not retrievable later.' })
  token!: string;

  @Field(() => ApiToken)
  info!: ApiToken;
}
