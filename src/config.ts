import { z } from 'zod';

/** Environment variables that are booleans: zod's coerce would turn "false" into true. */
const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .optional()
    .transform((v) => (v === undefined ? fallback : ['true', '1', 'yes'].includes(v)));

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** A TCP port: digits only (an empty PORT is a mistake, not "any port"), 0 asking the system for a free one. */
const port = z
  .string()
  .regex(/^\d{1,5}$/, 'must be a port number from 1 to 65535 (unset it for 4000; 0 picks a free port)')
  .transform(Number)
  .refine((n) => n <= 65535, 'must be a port number from 1 to 65535 (unset it for 4000; 0 picks a free port)')
  .default(4000);

const envSchema = z.object({
  PORT: port,
  HOST: z.string().min(1).default('0.0.0.0'),
  REGISTRY_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL (leave unset for the embedded SQLite database)')
    .optional(),
  REGISTRY_NAME: z.string().min(1).max(200).optional(),
  REGISTRY_ADDRESS: z.url().optional(),
  REGISTRY_ADMIN_TOKEN: z.string().min(24, 'must be at least 24 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_UPLOAD_BYTES: positiveInt(2 * 1024 ** 3),
  MAX_UNCOMPRESSED_BYTES: positiveInt(8 * 1024 ** 3),
  MAX_ARCHIVE_ENTRIES: positiveInt(16),
  MAX_COMPRESSION_RATIO: positiveInt(200),
  MAX_ARCHIVE_OBJECTS: positiveInt(1_000_000),
  MAX_RECORD_BYTES: positiveInt(1024 ** 2),
  MAX_JSON_DEPTH: positiveInt(64),
  MAX_CONCURRENT_STAGINGS: positiveInt(4),
  MAX_FUTURE_SKEW_SECONDS: positiveInt(24 * 3600),
  REFUSE_FUTURE_TIMESTAMPS: flag(false),
  PLAN_IN_MEMORY_MAX_OBJECTS: positiveInt(25_000),
  STAGED_IMPORT_TTL_SECONDS: positiveInt(24 * 3600),
  EXPORT_TTL_SECONDS: positiveInt(7 * 24 * 3600),
  ACCEPT_UNSIGNED_ARCHIVES: flag(true),
  REQUIRE_TRUSTED_SIGNER: flag(false),
  REQUIRE_PROMOTION_APPROVAL: flag(false),
  REFUSE_INVALID_SIGNER_CERTIFICATES: flag(false),
  MAX_QUERY_DEPTH: positiveInt(12),
  MAX_QUERY_COST: positiveInt(50_000),
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(0).max(3600).default(25),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  registryName: string | null;
  registryAddress: string | null;
  adminToken: string | null;
  logLevel: string;
  limits: {
    maxUploadBytes: number;
    maxUncompressedBytes: number;
    maxArchiveEntries: number;
    maxCompressionRatio: number;
    maxArchiveObjects: number;
    /** One objects.ndjson line: it is parsed and digested in one step, so this bounds an event-loop stall. */
    maxRecordBytes: number;
    /** Nesting of arrays and objects within one record. */
    maxJsonDepth: number;
    /** Archives being staged at once, all users together; more are refused at once (STAGING_BUSY). */
    maxConcurrentStagings: number;
  };
  /**
   * A record timestamp later than now + this is a warning in the plan (FUTURE_TIMESTAMP): such a copy would win
   * every later conflict.
   */
  maxFutureSkewSeconds: number;
  /** Planning REJECTs such records instead of warning. */
  refuseFutureTimestamps: boolean;
  /** Staged imports larger than this are planned in pages, straight into the database (memory stays flat). */
  planInMemoryMaxObjects: number;
  stagedImportTtlSeconds: number;
  /** How long an exported archive stays downloadable; then its file and record are removed. */
  exportTtlSeconds: number;
  acceptUnsignedArchives: boolean;
  requireTrustedSigner: boolean;
  /** Promotions into this registry wait for one of its own users to commit (or reject) them. */
  requirePromotionApproval: boolean;
  /** Staging and committing refuse archives whose signer certificate is expired or not yet valid. */
  refuseInvalidSignerCertificates: boolean;
  maxQueryDepth: number;
  maxQueryCost: number;
  /** On SIGTERM/SIGINT, how long requests in flight may take to finish before they are answered 503. */
  shutdownGraceMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    // One line, like every start error: a log collector keeps it whole.
    super(`Invalid configuration: ${problems.join('; ')}`);
  }
}

/** Reads and validates the environment once at start; every problem names its variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.REGISTRY_DATA_DIR,
    databaseUrl: e.DATABASE_URL ?? null,
    registryName: e.REGISTRY_NAME ?? null,
    registryAddress: e.REGISTRY_ADDRESS ?? null,
    adminToken: e.REGISTRY_ADMIN_TOKEN ?? null,
    logLevel: e.LOG_LEVEL,
    limits: {
      maxUploadBytes: e.MAX_UPLOAD_BYTES,
      maxUncompressedBytes: e.MAX_UNCOMPRESSED_BYTES,
      maxArchiveEntries: e.MAX_ARCHIVE_ENTRIES,
      maxCompressionRatio: e.MAX_COMPRESSION_RATIO,
      maxArchiveObjects: e.MAX_ARCHIVE_OBJECTS,
      maxRecordBytes: e.MAX_RECORD_BYTES,
      maxJsonDepth: e.MAX_JSON_DEPTH,
      maxConcurrentStagings: e.MAX_CONCURRENT_STAGINGS,
    },
    maxFutureSkewSeconds: e.MAX_FUTURE_SKEW_SECONDS,
    refuseFutureTimestamps: e.REFUSE_FUTURE_TIMESTAMPS,
    planInMemoryMaxObjects: e.PLAN_IN_MEMORY_MAX_OBJECTS,
    stagedImportTtlSeconds: e.STAGED_IMPORT_TTL_SECONDS,
    exportTtlSeconds: e.EXPORT_TTL_SECONDS,
    acceptUnsignedArchives: e.ACCEPT_UNSIGNED_ARCHIVES,
    requireTrustedSigner: e.REQUIRE_TRUSTED_SIGNER,
    requirePromotionApproval: e.REQUIRE_PROMOTION_APPROVAL,
    refuseInvalidSignerCertificates: e.REFUSE_INVALID_SIGNER_CERTIFICATES,
    maxQueryDepth: e.MAX_QUERY_DEPTH,
    maxQueryCost: e.MAX_QUERY_COST,
    shutdownGraceMs: e.SHUTDOWN_GRACE_SECONDS * 1000,
  };
}
