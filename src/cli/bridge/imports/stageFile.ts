import path from 'node:path';
import type { CliStagedImportFragment } from '../../generated/graphql.js';
import type { CommandContext } from '../commandAction.js';
import type { RegistryClient } from '../connection/registryClient.js';
import { fileSize, readSecretFile } from '../localFiles.js';
import { StageArchive } from '../operations/stagingOperations.js';
import type { ProgressBar } from '../output/progress.js';

export type StagedImport = CliStagedImportFragment;

/**
 * Uploads an archive and has the registry stage it (verify, decrypt, validate, store): the bytes sent as
 * progress, then a wait while the registry works on what it received.
 */
export async function stageFile(ctx: CommandContext, client: RegistryClient, file: string, passwordFile: string | undefined): Promise<StagedImport> {
  const size = await fileSize(file, 'archive');
  const password = passwordFile ? await readSecretFile(passwordFile, 'password file') : null;
  const upload = ctx.progress.bytes(`Uploading ${path.basename(file)}`, size);
  let staging: ProgressBar | null = null;
  try {
    const data = await client.upload(StageArchive, { password }, file, (sent) => {
      if (staging) return;
      upload.update(Math.min(sent, size));
      if (sent >= size) {
        upload.stop();
        staging = ctx.progress.waiting('Verifying and staging');
      }
    });
    return data.stageArchive;
  } finally {
    upload.stop();
    (staging as ProgressBar | null)?.stop();
  }
}
