import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { type ExportResult, listExportedArchives } from '../export/exportedArchives.js';
import { ExportService } from '../export/exportService.js';
import type { GraphQLContext } from '../graphql/context.js';
import { accessOf } from '../graphql/context.js';
import { ExportArchiveInput } from '../schema/inputs/exportInputs.js';
import { ExportedArchive } from '../schema/types/exportedArchive.type.js';
import { observeExport } from '../observability/instrument.js';

/** Export: thin, the service decides and writes. */
@Resolver()
export class ExportResolver {
  @Mutation(() => ExportedArchive, {
    description:
      'Writes the selected objects into an archive (docs/archive-format.md) and returns where to download it. ' +
      'Needs VIEW on every object written, references included.',
  })
  async exportArchive(@Arg('input') input: ExportArchiveInput, @Ctx() ctx: GraphQLContext): Promise<ExportedArchive> {
    const result = await observeExport(ctx.app, () => new ExportService(ctx.em, accessOf(ctx), ctx.app).exportArchive(input));
    return toExportedArchive(result);
  }

  @Query(() => [ExportedArchive], { description: 'Your exported archives that can still be downloaded, newest first.' })
  async exportedArchives(@Ctx() ctx: GraphQLContext): Promise<ExportedArchive[]> {
    return (await listExportedArchives(ctx.em, ctx.app.config, accessOf(ctx).principal)).map(toExportedArchive);
  }
}

function toExportedArchive(result: ExportResult): ExportedArchive {
  const { manifest, ...rest } = result;
  return { ...rest, protection: manifest.protection, manifest: manifest as unknown as Record<string, unknown> };
}
