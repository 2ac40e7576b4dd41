import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FileUpload } from 'graphql-upload/Upload.mjs';
import { writerTransaction } from '../db/writerTransaction.js';
import type { GraphQLContext } from '../graphql/context.js';
import { accessOf } from '../graphql/context.js';
import { warmDefaultPlan } from '../import/plans/planWarmup.js';
import { stageArchive } from '../import/staging/stageArchive.js';
import {
  countStagedObjects,
  countStagedObjectsByKind,
  encodeLineCursor,
  findStagedObjectPage,
  type StagedObjectFilter as StagedObjectFilterValue,
} from '../import/staging/stagedObjectQueries.js';
import {
  discardStagedImport,
  findStagedImport,
  listStagedImports,
} from '../import/staging/stagedImports.js';
import { ImportOptionsInput } from '../schema/inputs/importInputs.js';
import { UploadScalar } from '../schema/scalars.js';
import { KindCount, StagedImport } from '../schema/types/stagedImport.type.js';
import { StagedObjectConnection, StagedObjectFilter } from '../schema/types/stagedObject.type.js';
import { stagedImportViewOf, toStagedImportView, toStagedObjectView, type StagedImportView } from './stagedImportView.js';
import { pageInfo, type PageInfoValue } from './pageInfo.js';
import { observeStaging } from '../observability/instrument.js';

interface StagedObjectConnectionValue {
  edges: { cursor: string; node: ReturnType<typeof toStagedObjectView> }[];
  pageInfo: PageInfoValue;
  stagedImportId: string;
  filter: StagedObjectFilterValue;
}

/** Staging archives for import: thin, every decision is in src/import/staging. */
@Resolver(() => StagedImport)
export class StagingResolver {
  @Mutation(() => StagedImport, {
    description:
      'Uploads an archive (GraphQL multipart request), verifies it and holds it for preview. ' +
      'The password opens a password-encrypted archive.',
  })
  async stageArchive(
    @Arg('file', () => UploadScalar) file: Promise<FileUpload>,
    @Arg('password', () => String, { nullable: true }) password: string | null,
    @Arg('planOptions', () => ImportOptionsInput, {
      nullable: true,
      description: 'The options you will preview with: the plan made ahead, in the background, is theirs (default: the default options).',
    })
    planOptions: ImportOptionsInput | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<StagedImportView> {
    const { principal } = accessOf(ctx);
    const input = { upload: file, password: password ?? null, ownerUuid: principal.uuid };
    const staged = await observeStaging(ctx.app, () => stageArchive({ em: ctx.em, config: ctx.app.config, transaction: writerTransaction(ctx.app) }, input));
    warmDefaultPlan(ctx.app, principal, staged, planOptions);
    return toStagedImportView(staged);
  }

  @Query(() => StagedImport, {
    nullable: true,
    description: 'One of your staged imports; null when unknown, expired or not yours.',
  })
  async stagedImport(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<StagedImportView | null> {
    const row = await findStagedImport(ctx.em, id, accessOf(ctx).principal);
    return row ? stagedImportViewOf(row) : null;
  }

  @Query(() => [StagedImport], { description: 'Your staged imports that have not expired, newest first.' })
  async stagedImports(@Ctx() ctx: GraphQLContext): Promise<StagedImportView[]> {
    return (await listStagedImports(ctx.em, accessOf(ctx).principal)).map(stagedImportViewOf);
  }

  @Mutation(() => Boolean, { description: 'Drops one of your staged imports before it expires.' })
  async discardStagedImport(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    await discardStagedImport(ctx.em, writerTransaction(ctx.app), id, accessOf(ctx).principal);
    return true;
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the plan made ahead as staging ended (stageArchive planOptions) is still being made by the replica ' +
      'serving this request: a preview asked meanwhile waits for it, so a client polls this rather than hold a ' +
      'request open. False once it is stored (or failed: the preview then plans), and on another replica.',
  })
  planningAhead(@Root() staged: StagedImportView, @Ctx() ctx: GraphQLContext): boolean {
    return ctx.app.importPlans.warmingUp(staged.id);
  }

  @FieldResolver(() => [KindCount], { description: 'Staged objects by kind.' })
  countsByKind(@Root() staged: StagedImportView, @Ctx() ctx: GraphQLContext): Promise<KindCount[]> {
    return countStagedObjectsByKind(ctx.em, staged.id);
  }

  @FieldResolver(() => StagedObjectConnection, { description: 'The staged objects in archive order.' })
  async objects(
    @Root() staged: StagedImportView,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => StagedObjectFilter, { nullable: true }) filter: StagedObjectFilter | null,
  ): Promise<StagedObjectConnectionValue> {
    const page = await findStagedObjectPage(ctx.em, staged.id, filter ?? {}, first, after);
    const readable = accessOf(ctx).canReadContent(staged.protection.viewContent);
    const edges = page.rows.map((row) => ({ cursor: encodeLineCursor(row.line), node: toStagedObjectView(row, readable) }));
    return {
      edges,
      pageInfo: pageInfo(edges, page.hasNextPage, after),
      stagedImportId: staged.id,
      filter: filter ?? {},
    };
  }
}

@Resolver(() => StagedObjectConnection)
export class StagedObjectConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() connection: StagedObjectConnectionValue, @Ctx() ctx: GraphQLContext): Promise<number> {
    return countStagedObjects(ctx.em, connection.stagedImportId, connection.filter);
  }
}
