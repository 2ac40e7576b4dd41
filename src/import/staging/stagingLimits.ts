import path from 'node:path';
import { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from '../../archive/archiveLimits.js';
import type { Config } from '../../config.js';

/** The reader's limits as configured; what configuration does not name keeps the reader's default. */
export function archiveLimitsOf(config: Pick<Config, 'limits'>): ArchiveLimits {
  return {
    ...DEFAULT_ARCHIVE_LIMITS,
    maxEntries: config.limits.maxArchiveEntries,
    maxUncompressedBytes: config.limits.maxUncompressedBytes,
    maxCompressionRatio: config.limits.maxCompressionRatio,
    maxObjects: config.limits.maxArchiveObjects,
    maxRecordBytes: config.limits.maxRecordBytes,
    maxJsonDepth: config.limits.maxJsonDepth,
  };
}

/** Where uploads are spooled while they are staged: `<dataDir>/staging`. */
export function stagingDirectory(dataDir: string): string {
  return path.join(dataDir, 'staging');
}
