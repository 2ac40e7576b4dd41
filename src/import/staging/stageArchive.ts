import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { openArchive, type OpenedArchive } from '../../archive/archiveReader.js';
import type { Config } from '../../config.js';
import type { LongTransaction } from '../../db/writerTransaction.js';
import type { StagedImportEntity } from '../../entities/index.js';
import { ServerKeyring } from '../../keys/serverKeyring.js';
import { TrustedProviders } from '../../keys/trustedProviders.js';
import { unlockContentKey } from './contentKey.js';
import { assertCertificateAccepted } from './certificateValidity.js';
import { checkSigner } from './signerCheck.js';
import { spoolUpload, type SpooledUpload, type UploadedFile } from './spoolUpload.js';
import { archiveLimitsOf, stagingDirectory } from './stagingLimits.js';
import { takeStagingSlot } from './stagingSlots.js';
import { storeStagedImport } from './storeStagedImport.js';
import { refreshStatistics } from '../../db/tableStatistics.js';

export interface StagingContext {
  /** Reads keys and trusted providers. */
  em: SqlEntityManager;
  /** Writes the staged import, in one transaction: on SQLite, off the service's connection (writerTransaction). */
  transaction: LongTransaction;
  config: Pick<Config, 'dataDir' | 'limits' | 'stagedImportTtlSeconds' | 'acceptUnsignedArchives' | 'refuseInvalidSignerCertificates'>;
}

export interface StageArchiveInput {
  upload: Promise<UploadedFile> | UploadedFile;
  /** Opens a password-encrypted archive; null to rely on the server's keys. */
  password: string | null;
  /** The user staging it: the only one who will see it. */
  ownerUuid: string;
}

/**
 * Stages an uploaded archive: spool it to disk, open it within the configured limits, check every entry's
 * SHA-256, verify the signature and decide trust, unlock the content key, then validate and store the records.
 * Throws the first problem that refuses the archive (ArchiveError, CryptoError or RegistryError, each with
 * its code); whatever happens, nothing is left behind but a complete staged import: the spooled file is
 * always removed, and the rows are written in one transaction.
 */
export async function stageArchive(ctx: StagingContext, input: StageArchiveInput): Promise<StagedImportEntity> {
  const release = takeStagingSlot(ctx.config); // STAGING_BUSY beyond maxConcurrentStagings
  try {
    const directory = stagingDirectory(ctx.config.dataDir);
    const spooled = await spoolUpload(input.upload, directory, ctx.config.limits.maxUploadBytes);
    try {
      const archive = await openArchive(spooled.path, archiveLimitsOf(ctx.config));
      try {
        return await stageOpenedArchive(ctx, archive, spooled, input);
      } finally {
        await archive.close();
      }
    } finally {
      await rm(spooled.path, { force: true }); // everything the preview needs is in the tables now
    }
  } finally {
    release();
  }
}

/** Staged imports at least this large get fresh statistics (smaller ones are read fast whatever the plan). */
const ANALYZE_AFTER_OBJECTS = 5_000;

async function stageOpenedArchive(
  ctx: StagingContext,
  archive: OpenedArchive,
  spooled: SpooledUpload,
  input: StageArchiveInput,
): Promise<StagedImportEntity> {
  const { manifest } = archive;
  await archive.verifyEntryDigests();
  const providers = new TrustedProviders(ctx.em);
  const verdict = await checkSigner(archive, (fp) => providers.isTrusted(fp), ctx.config.acceptUnsignedArchives);
  assertCertificateAccepted(verdict.signer, new Date(), ctx.config.refuseInvalidSignerCertificates);
  const keys = manifest.encryption ? await new ServerKeyring(ctx.em).all() : [];
  const contentKey = await unlockContentKey(manifest, input.password, keys);
  const createdAt = new Date();
  const facts = {
    id: randomUUID(),
    ownerUuid: input.ownerUuid,
    createdAt,
    expiresAt: new Date(createdAt.getTime() + ctx.config.stagedImportTtlSeconds * 1000),
    fileName: spooled.fileName,
    archiveSha256: spooled.sha256,
    archiveSize: spooled.size,
    manifest: manifest as unknown as Record<string, unknown>,
    trust: verdict.trust,
    signer: verdict.signer as unknown as Record<string, unknown> | null,
    encrypted: manifest.encryption !== null,
  };
  const staged = await storeStagedImport(ctx.transaction, facts, archive.readRecords({ contentKey }));
  // PostgreSQL plans the planner's reads of a large staged import from statistics that do not know its rows yet:
  // gather them, as a commit does for the tables it fills (a sample: a fraction of a second at 100k objects).
  if (staged.objectCount >= ANALYZE_AFTER_OBJECTS) await refreshStatistics(ctx.em, ['staged_object']);
  return staged;
}
