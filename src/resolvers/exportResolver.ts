import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { ExportService, type ExportResult } from '../export/exportService.js';
import type { GraphQLContext } from '../graphql/context.js';
import { accessOf } from '../graphql/context.js';
import { ExportArchiveInput } from '../schema/inputs/exportInputs.js';
import { ExportedArchive } from '../schema/types/exportedArchive.type.js';

/** Export: thin, the service decides and writes. */
@Resolver()
export class ExportResolver {
  @Mutation(() => ExportedArchive, {
    description:
      'Writes the selected objects into an archive (docs/archive-format.md) and returns where to download it. ' +
      'Needs VIEW on every object written, references included.',
  })
  async exportArchive(@Arg('input') input: ExportArchiveInput, @Ctx() ctx: GraphQLContext): Promise<ExportedArchive> {
    const result = await new ExportService(ctx.em, accessOf(ctx), ctx.app).exportArchive(input);
    return toExportedArchive(result);
  }
}

function toExportedArchive(result: ExportResult): ExportedArchive {
  const { manifest, ...rest } = result;
  return { ...rest, protection: manifest.protection, manifest: manifest as unknown as Record<string, unknown> };
}
