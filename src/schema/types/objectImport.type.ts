import { Field, Int, ObjectType } from 'type-graphql';
import { ImportAction } from '../../import/planner/types.js';
import { edgeOf, PageInfo } from './connection.type.js';
import { PlanReason } from './importPlan.type.js';
import { ImportRecord } from './importRecord.type.js';

@ObjectType({ description: 'What one import did with one object, and why.' })
export class ObjectImport {
  @Field(() => ImportRecord)
  record!: ImportRecord;

  @Field(() => Int, { description: 'Its line in that archive.' })
  line!: number;

  @Field(() => ImportAction)
  action!: ImportAction;

  @Field(() => [PlanReason])
  reasons!: PlanReason[];
}

@ObjectType()
export class ObjectImportEdge extends edgeOf(ObjectImport) {}

@ObjectType({ description: 'Imports that decided about an object, newest first.' })
export class ObjectImportConnection {
  @Field(() => [ObjectImportEdge])
  edges!: ObjectImportEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
