import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FileUpload } from 'graphql-upload/Upload.mjs';
import { writerTransaction } from '../db/writerTransaction.js';
import type { GraphQLContext } from '../graphql/context.js';
import { accessOf } from '../graphql/context.js';
import { commitImport } from '../import/commit/commitImport.js';
import { normalizeExpectation } from '../import/commit/importExpectation.js';
import { effectiveSelection } from './importPreviewResolver.js';
import { countOutcomes, encodeOutcomeCursor, findOutcomePage } from '../import/commit/importOutcomes.js';
import { encodeRecordCursor, ImportRecordStore } from '../import/records/importRecordStore.js';
import type { ImportRecordView } from '../import/records/importRecordView.js';
import { objectImportPage } from '../import/records/objectImportHistory.js';
import { stageArchive } from '../import/staging/stageArchive.js';
import { CommitImportInput, ImportExpectationInput, ImportOptionsInput, ImportOutcomeFilter } from '../schema/inputs/importInputs.js';
import { UploadScalar } from '../schema/scalars.js';
import { ImportOutcomeConnection, ImportRecord, ImportRecordConnection } from '../schema/types/importRecord.type.js';
import { User } from '../schema/types/kinds.type.js';
import { ObjectImportConnection } from '../schema/types/objectImport.type.js';
import { pageInfo } from './pageInfo.js';
import { loadVisible, type VisibleObject } from './visibility.js';
import { observeStaging } from '../observability/instrument.js';

/** Committing staged imports and reading import records: thin, the work is in src/import. */
@Resolver(() => ImportRecord)
export class ImportResolver {
  @Mutation(() => ImportRecord, {
    description:
      'Applies the plan of a staged import in one transaction: every decided object lands or none does. Waits for the end unless wait is false.',
  })
  async commitImport(@Arg('input') input: CommitImportInput, @Ctx() ctx: GraphQLContext): Promise<ImportRecordView> {
    const principal = accessOf(ctx).principal;
    const { selectionChange, ...rest } = input;
    const selection = await effectiveSelection(ctx, input.stagedImportId, input.options ?? null, input.selection ?? null, selectionChange ?? null);
    return commitImport({ app: ctx.app, principal }, { ...rest, selection });
  }

  @Mutation(() => ImportRecord, { description: 'Stages an uploaded archive and commits it, in one call (for pipelines).' })
  async importArchive(
    @Arg('file', () => UploadScalar) file: Promise<FileUpload>,
    @Arg('password', () => String, { nullable: true }) password: string | null,
    @Arg('options', () => ImportOptionsInput, { nullable: true }) options: ImportOptionsInput | null,
    @Arg('selection', () => [ID], { nullable: true }) selection: string[] | null,
    @Arg('wait', { defaultValue: true }) wait: boolean,
    @Ctx() ctx: GraphQLContext,
    @Arg('expectation', () => ImportExpectationInput, { nullable: true, description: 'Refuse the commit (IMPORT_BLOCKED) when the plan breaks this.' })
    expectation: ImportExpectationInput | null,
  ): Promise<ImportRecordView> {
    const principal = accessOf(ctx).principal;
    normalizeExpectation(expectation); // bad input is refused before the upload is staged
    const input = { upload: file, password: password ?? null, ownerUuid: principal.uuid };
    const staged = await observeStaging(ctx.app, () => stageArchive({ em: ctx.em, config: ctx.app.config, transaction: writerTransaction(ctx.app) }, input));
    return commitImport({ app: ctx.app, principal }, { stagedImportId: staged.id, options, selection, wait, expectation });
  }

  @Query(() => ImportRecord, { nullable: true, description: 'One import record: yours, or anyone’s for administrators. Poll it while it runs.' })
  async importRecord(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ImportRecordView | null> {
    return new ImportRecordStore(ctx.em).findVisible(id, accessOf(ctx));
  }

  @Query(() => ImportRecordConnection, { description: 'Your imports, newest first (administrators see everyone’s).' })
  async importHistory(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    const page = await new ImportRecordStore(ctx.em).pageVisible(accessOf(ctx), first, after);
    const edges = page.records.map((node) => ({ cursor: encodeRecordCursor(node), node }));
    return { edges, pageInfo: pageInfo(edges, page.hasNextPage, after) };
  }

  @Query(() => ObjectImportConnection, {
    description: 'The imports that decided about an object (any action), newest first: yours, or everyone’s for administrators.',
  })
  async objectImportHistory(
    @Arg('uuid', () => ID) uuid: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    const page = await objectImportPage(ctx.em, accessOf(ctx), uuid, first, after);
    const edges = page.entries.map((node) => ({ cursor: encodeRecordCursor(node.record), node }));
    return { edges, pageInfo: pageInfo(edges, page.hasNextPage, after) };
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who imported (null when hidden from you).' })
  user(@Root() record: ImportRecordView, @Ctx() ctx: GraphQLContext): VisibleObject {
    return loadVisible(ctx, record.userUuid);
  }

  @FieldResolver(() => ImportOutcomeConnection, { description: 'What happened to each archive object; empty unless SUCCEEDED.' })
  async outcomes(
    @Root() record: ImportRecordView,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => ImportOutcomeFilter, { nullable: true }) filter: ImportOutcomeFilter | null,
  ) {
    const actions = filter?.actions ?? null;
    const page = await findOutcomePage(ctx.em, record.id, actions, first, after);
    const edges = page.outcomes.map((node) => ({ cursor: encodeOutcomeCursor(node.line), node }));
    return { edges, pageInfo: pageInfo(edges, page.hasNextPage, after), totalCount: await countOutcomes(ctx.em, record.id, actions) };
  }
}
