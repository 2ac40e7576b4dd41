import { Field, ID, InputType, Int } from 'type-graphql';
import { ImportAction } from '../../import/planner/types.js';
import { ObjectKind } from '../enums.js';

@InputType({ description: 'The import dialog’s options; every one is off unless set.' })
export class ImportOptionsInput {
  @Field({ defaultValue: false, description: "Replace the registry's copy even when the archive's is older (older copies are then selected by default)." })
  allowReplace!: boolean;

  @Field({ defaultValue: false, description: 'Keep the original owner when a user with that UUID exists here or is imported.' })
  keepCurrentOwner!: boolean;

  @Field({
    defaultValue: false,
    description: 'Importing a user also imports its user-defined groups; without it, groups the archive holds only for its users are not imported by default.',
  })
  importUserGroups!: boolean;

  @Field({ defaultValue: false, description: 'Keep the exported lifecycle state when the same productive or retired model governs here.' })
  keepLifecycleState!: boolean;

  @Field({ defaultValue: false, description: "Also add the archive's signer to the trusted providers (administrators only)." })
  trustProvider!: boolean;
}

@InputType({ description: 'Decisions with any of these actions, kinds and reason codes (each list optional).' })
export class DecisionFilter {
  @Field(() => [ImportAction], { nullable: true })
  actions?: ImportAction[] | null;

  @Field(() => [ObjectKind], { nullable: true })
  kinds?: ObjectKind[] | null;

  @Field(() => [String], { nullable: true, description: 'Reason codes, e.g. UNRESOLVED_REFERENCE.' })
  reasons?: string[] | null;
}

@InputType({ description: 'A change of the default selection, as a person checks and unchecks objects; the server applies it.' })
export class SelectionChangeInput {
  @Field(() => [ID], { defaultValue: [], description: 'Objects to import beyond the default selection.' })
  select!: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Objects of the default selection not to import.' })
  deselect!: string[];
}

@InputType({ description: 'Marks a commit as a promotion (a registry promoting to this one): the promoted objects record where they came from.' })
export class PromotionOriginInput {
  @Field(() => ID, { nullable: true, description: 'The LIFECYCLE_STAGE the source promoted to.' })
  stage?: string | null;
}

@InputType({ description: 'At most this many objects may get this action.' })
export class ActionLimitInput {
  @Field(() => ImportAction)
  action!: ImportAction;

  @Field(() => Int, { description: 'At least 0.' })
  max!: number;
}

@InputType({
  description:
    'What a pipeline expects of the plan it commits. The commit checks the plan it applies and refuses one that breaks it with IMPORT_BLOCKED (details.breaches: action, count, limit) before writing anything.',
})
export class ImportExpectationInput {
  @Field(() => [ImportAction], { defaultValue: [], description: 'Actions no object may get, e.g. [REJECT, SKIP].' })
  failOn!: ImportAction[];

  @Field(() => [ActionLimitInput], { defaultValue: [], description: 'The most objects an action may have, one limit per action.' })
  max!: ActionLimitInput[];
}

@InputType()
export class CommitImportInput {
  @Field(() => ID)
  stagedImportId!: string;

  @Field(() => [ID], { nullable: true, description: 'The objects to import; null for the default selection (absent or newer ones; with allowReplace, older too).' })
  selection?: string[] | null;

  @Field(() => SelectionChangeInput, {
    nullable: true,
    description: 'Instead of selection: the default selection with these changes (as the preview with the same selectionChange showed it).',
  })
  selectionChange?: SelectionChangeInput | null;

  @Field(() => ImportOptionsInput, { nullable: true })
  options?: ImportOptionsInput | null;

  @Field(() => String, {
    nullable: true,
    description: 'The planDigest of the preview you reviewed: the commit refuses any other plan with PLAN_STALE.',
  })
  expectedPlanDigest?: string | null;

  @Field({ defaultValue: true, description: 'False: return the RUNNING record at once and poll importRecord(id).' })
  wait!: boolean;

  @Field(() => PromotionOriginInput, {
    nullable: true,
    description: "Set by a promoting registry: each object the archive selected records, in the same transaction, that it was promoted from the archive's (signed) registry.",
  })
  promotion?: PromotionOriginInput | null;
  @Field(() => ImportExpectationInput, { nullable: true, description: 'Refuse the commit (IMPORT_BLOCKED) when the plan breaks this.' })
  expectation?: ImportExpectationInput | null;
}

@InputType()
export class ImportOutcomeFilter {
  @Field(() => [ImportAction], { nullable: true })
  actions?: ImportAction[] | null;
}
