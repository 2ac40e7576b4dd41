import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ImportPhase, ImportStatus } from '../../import/records/importRecordView.js';
import { ImportAction } from '../../import/planner/types.js';
import { ArchiveTrust } from '../../import/staging/archiveTrust.js';
import { ObjectKind } from '../enums.js';
import { DateTimeScalar } from '../scalars.js';
import { edgeOf, PageInfo } from './connection.type.js';
import { PlanReason, WriteOutcome } from './importPlan.type.js';
import { ArchiveSigner } from './stagedImport.type.js';

registerEnumType(ImportStatus, { name: 'ImportStatus' });
registerEnumType(ImportPhase, {
  name: 'ImportPhase',
  valuesConfig: {
    PLANNING: { description: 'Waiting for the commit lock, reading the archive and the registry, planning.' },
    WRITING: { description: 'Writing objects: done of total.' },
    RECORDING: { description: 'Recording each object’s outcome: done of total.' },
    DONE: { description: 'Succeeded: everything written and recorded. A failed import keeps the phase it failed in.' },
  },
});

@ObjectType({ description: 'Objects by what the import did with them.' })
export class ImportCounts {
  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  replaced!: number;

  @Field(() => Int)
  ignored!: number;

  @Field(() => Int)
  rejected!: number;

  @Field(() => Int)
  skipped!: number;
}

@ObjectType({ description: 'Why an import failed: the registry was left as it was.' })
export class ImportFailure {
  @Field({ description: 'PLAN_STALE, IMPORT_BLOCKED, IMPORT_INTERRUPTED, ...' })
  code!: string;

  @Field()
  message!: string;
}

@ObjectType()
export class ImportOptions {
  @Field()
  allowReplace!: boolean;

  @Field()
  keepCurrentOwner!: boolean;

  @Field()
  importUserGroups!: boolean;

  @Field()
  keepLifecycleState!: boolean;

  @Field()
  trustProvider!: boolean;
}

@ObjectType({ description: 'What a commit did with one archive object, and why.' })
export class ImportOutcome {
  @Field(() => Int)
  line!: number;

  @Field(() => ID)
  uuid!: string;

  @Field(() => ObjectKind)
  kind!: ObjectKind;

  @Field()
  name!: string;

  @Field(() => ImportAction)
  action!: ImportAction;

  @Field(() => [PlanReason])
  reasons!: PlanReason[];

  @Field(() => WriteOutcome, {
    nullable: true,
    description: 'CREATE and REPLACE: what was written beyond the archive record (owner, lifecycle, version link, ...).',
  })
  written!: WriteOutcome | null;
}

@ObjectType()
export class ImportOutcomeEdge extends edgeOf(ImportOutcome) {}

@ObjectType({ description: 'Outcomes in archive order. Empty until the import has succeeded.' })
export class ImportOutcomeConnection {
  @Field(() => [ImportOutcomeEdge])
  edges!: ImportOutcomeEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType({ description: 'One commit of a staged archive: who, when, what, with which options, how far, and how it ended.' })
export class ImportRecord {
  @Field(() => ID)
  id!: string;

  @Field(() => ImportStatus)
  status!: ImportStatus;

  @Field(() => ImportPhase)
  phase!: ImportPhase;

  @Field(() => Int, { description: 'Progress within the phase.' })
  done!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => DateTimeScalar)
  startedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => ID)
  userUuid!: string;

  @Field(() => ID, { nullable: true, description: 'The staged import committed (deleted once the commit succeeded).' })
  stagedImportId!: string | null;

  @Field({ description: 'Hex SHA-256 of the archive file.' })
  archiveSha256!: string;

  @Field(() => ArchiveSigner, { nullable: true })
  signer!: ArchiveSigner | null;

  @Field(() => ArchiveTrust, { description: 'Trust in the signer when the commit started.' })
  trust!: ArchiveTrust;

  @Field(() => ImportOptions)
  options!: ImportOptions;

  @Field(() => [ID], { nullable: true, description: 'The explicit selection; null for the default one.' })
  selection!: string[] | null;

  @Field(() => String, { nullable: true, description: 'Digest of the plan applied (or refused).' })
  planDigest!: string | null;

  @Field(() => ImportCounts)
  counts!: ImportCounts;

  @Field(() => ImportFailure, { nullable: true })
  error!: ImportFailure | null;
}

@ObjectType()
export class ImportRecordEdge extends edgeOf(ImportRecord) {}

@ObjectType({ description: 'Import records, newest first.' })
export class ImportRecordConnection {
  @Field(() => [ImportRecordEdge])
  edges!: ImportRecordEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
