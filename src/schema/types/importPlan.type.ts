import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ImportAction, ReferenceResolution } from '../../import/planner/types.js';
import { ObjectKind } from '../enums.js';
import { DateTimeScalar, JSONObjectScalar } from '../scalars.js';
import { edgeOf, PageInfo } from './connection.type.js';

/** The planner's severities as a GraphQL enum (the planner itself uses a string union). */
export enum ReasonSeverity {
  INFO = 'INFO',
  WARNING = 'WARNING',
  ERROR = 'ERROR',
}

registerEnumType(ImportAction, {
  name: 'ImportAction',
  description: 'What an import does with one archive object.',
  valuesConfig: {
    CREATE: { description: 'Not in the registry: it is created.' },
    REPLACE: { description: "Replaces the registry's copy (newer in the archive, or allowReplace)." },
    IGNORE: { description: "Same timestamp as the registry's copy: left as it is." },
    REJECT: { description: "Older than the registry's copy, stage-restricted or vetoed by a policy: not imported; the import goes on." },
    SKIP: { description: 'Not imported: not selected, unresolved references, missing permissions, or a dependency not imported.' },
  },
});
registerEnumType(ReferenceResolution, {
  name: 'ReferenceResolution',
  description: 'Where the target of a reference will be once the import is applied.',
  valuesConfig: {
    ARCHIVE: { description: 'Written by this import from the archive.' },
    REGISTRY: { description: 'Already in this registry (and not replaced by the import).' },
    UNRESOLVED: { description: 'Nowhere: the referencing object is not imported.' },
  },
});
registerEnumType(ReasonSeverity, { name: 'ReasonSeverity' });

@ObjectType({ description: 'Why the planner decided what it did: a stable code, a readable message, the UUIDs concerned.' })
export class PlanReason {
  @Field({ description: 'A stable code, e.g. UNRESOLVED_REFERENCE, POLICY_VETO, OWNER_NOT_FOUND.' })
  code!: string;

  @Field(() => ReasonSeverity)
  severity!: ReasonSeverity;

  @Field()
  message!: string;

  @Field(() => [ID])
  uuids!: string[];

  @Field({
    description:
      'Whether this reason is why the decision got its action (a decision lists those first); false: a fact that did not decide it. Always true for blocking problems.',
  })
  decisive!: boolean;
}

@ObjectType({ description: 'An object of the staged archive, as far as a decision about another one needs it.' })
export class ArchiveObjectFacts {
  @Field(() => ID)
  uuid!: string;

  @Field(() => ObjectKind)
  kind!: ObjectKind;

  @Field()
  name!: string;

  @Field(() => Int, { description: '1-based line in objects.ndjson.' })
  line!: number;

  @Field(() => ImportAction)
  action!: ImportAction;
}

@ObjectType({ description: 'A reference of an archive object, and where its target will be.' })
export class DecisionReference {
  @Field()
  name!: string;

  @Field(() => ID)
  targetUuid!: string;

  @Field(() => ReferenceResolution)
  resolution!: ReferenceResolution;

  @Field(() => ArchiveObjectFacts, { nullable: true, description: 'ARCHIVE: the target in the archive, written by this import.' })
  targetRecord!: ArchiveObjectFacts | null;
}

@ObjectType({ description: "The registry's current copy of an archive object." })
export class ExistingCopy {
  @Field(() => DateTimeScalar)
  timestamp!: Date;

  @Field(() => ID)
  uuid!: string;
}

@ObjectType()
export class LifecycleOutcome {
  @Field(() => ID)
  modelUuid!: string;

  @Field(() => ID)
  stateUuid!: string;
}

@ObjectType({ description: 'What a CREATE or REPLACE will write beyond the record itself.' })
export class WriteOutcome {
  @Field(() => ID)
  ownerUuid!: string;

  @Field(() => LifecycleOutcome, { nullable: true })
  lifecycle!: LifecycleOutcome | null;

  @Field(() => ID, { nullable: true, description: 'The previous version kept; null when imported standalone.' })
  previousVersionUuid!: string | null;

  @Field(() => JSONObjectScalar, {
    nullable: true,
    description:
      "Attributes after policy effects, when policies changed them; null when the archive record's own attributes are written unchanged.",
  })
  attributes!: Record<string, unknown> | null;

  @Field(() => [ID], { nullable: true, description: 'USER only: the group memberships that will hold here.' })
  groupUuids!: string[] | null;
}

@ObjectType({ description: 'The decision about one archive object.' })
export class ImportDecision {
  @Field(() => ID)
  uuid!: string;

  @Field(() => ObjectKind)
  kind!: ObjectKind;

  @Field()
  name!: string;

  @Field(() => Int)
  line!: number;

  @Field(() => ImportAction)
  action!: ImportAction;

  @Field(() => [PlanReason])
  reasons!: PlanReason[];

  @Field({
    description:
      'Absent from the registry or newer than its copy (with allowReplace, older too); not a group the archive holds only for its users (see importUserGroups).',
  })
  selectedByDefault!: boolean;

  @Field({ description: 'In the effective selection (yours, or the default).' })
  selected!: boolean;

  @Field(() => [ID], {
    description: 'Imported objects that pulled this unselected one in to resolve their links: the first 100, in archive order.',
  })
  includedBy!: string[];

  @Field(() => Int, { description: 'How many imported objects pulled it in (includedBy lists the first 100).' })
  includedByCount!: number;

  @Field(() => ExistingCopy, { nullable: true })
  existing!: ExistingCopy | null;

  @Field(() => [DecisionReference])
  references!: DecisionReference[];

  @Field(() => WriteOutcome, { nullable: true, description: 'Set for CREATE and REPLACE.' })
  outcome!: WriteOutcome | null;
}

@ObjectType()
export class ImportDecisionEdge extends edgeOf(ImportDecision) {}

@ObjectType({ description: 'Objects by action.' })
export class ActionCounts {
  @Field(() => Int)
  create!: number;

  @Field(() => Int)
  replace!: number;

  @Field(() => Int)
  ignore!: number;

  @Field(() => Int)
  reject!: number;

  @Field(() => Int)
  skip!: number;
}

@ObjectType({ description: 'How many decisions have this action and kind.' })
export class ActionKindCount {
  @Field(() => ImportAction)
  action!: ImportAction;

  @Field(() => ObjectKind)
  kind!: ObjectKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'How many decisions have this action and give this reason code (each decision once per code).' })
export class ActionReasonCount {
  @Field(() => ImportAction)
  action!: ImportAction;

  @Field({ description: 'A reason code, e.g. STAGE_RESTRICTED.' })
  code!: string;

  @Field({ description: 'Counts the decisions where this reason decided the action (true), or those where it did not.' })
  decisive!: boolean;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'The plan as a whole: what a commit with the same options and selection applies.' })
export class ImportPlanSummary {
  @Field(() => ActionCounts)
  counts!: ActionCounts;

  @Field(() => [ActionKindCount], { description: 'Decisions by action and kind: the pairs that occur, by action, then kind.' })
  countsByKind!: ActionKindCount[];

  @Field(() => [ActionReasonCount], {
    description:
      'Decisions by action and reason code, deciding or not ("34 rejected: STAGE_RESTRICTED" is REJECT, STAGE_RESTRICTED, decisive): what occurs, by action, then code.',
  })
  countsByReason!: ActionReasonCount[];

  @Field(() => [PlanReason], { description: 'Problems that fail the whole import; a commit refuses while there are any.' })
  blocking!: PlanReason[];

  @Field({ description: 'Pass it to commitImport as expectedPlanDigest: the commit refuses any other plan (PLAN_STALE).' })
  planDigest!: string;
}

@ObjectType({ description: 'The decisions in archive order, one page at a time, with the plan as a whole.' })
export class ImportDecisionConnection extends ImportPlanSummary {
  @Field(() => [ImportDecisionEdge])
  edges!: ImportDecisionEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Decisions matching the filter.' })
  totalCount!: number;
}
