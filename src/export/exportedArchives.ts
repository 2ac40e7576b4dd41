import path from 'node:path';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { AccessControl } from '../auth/accessControl.js';
import { isAdministrator, type Principal } from '../auth/principal.js';
import type { Manifest } from '../archive/record.js';
import type { Config } from '../config.js';
import type { ArchiveEncryptionMode } from './exportInput.js';
import { ExportedArchiveEntity } from '../entities/index.js';

/** Archive ids are UUIDs we made; anything else never reaches the file system. */
const ARCHIVE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Where exported archives are kept: `<dataDir>/exports`. */
export function exportsDirectory(dataDir: string): string {
  return path.join(dataDir, 'exports');
}

/** The file of an exported archive: `<dataDir>/exports/<id>.zip`. */
export function archivePath(dataDir: string, id: string): string {
  return path.join(exportsDirectory(dataDir), `${id}.zip`);
}

/**
 * Where the archive is downloaded (`GET /archives/<id>`, same bearer token): absolute when the registry's
 * address is configured (REGISTRY_ADDRESS, resolved next to its /graphql endpoint), otherwise a path to
 * resolve against the URL the client called GraphQL at.
 */
export function downloadUrlFor(id: string, registryAddress: string | null): string {
  const relative = `archives/${id}`;
  return registryAddress ? new URL(relative, registryAddress).toString() : `/${relative}`;
}

/** When an archive created at `createdAt` stops being downloadable (and the sweeper removes it). */
export function exportExpiresAt(createdAt: Date, ttlSeconds: number): Date {
  return new Date(createdAt.getTime() + ttlSeconds * 1000);
}

/** What an exported archive is to its clients: its facts, until when it can be downloaded, and where. */
export interface ExportResult {
  id: string;
  /** Hex SHA-256 of the whole zip file. */
  sha256: string;
  size: number;
  objectCount: number;
  signed: boolean;
  encryption: ArchiveEncryptionMode;
  createdAt: Date;
  /** Downloadable until then; the file is removed after. */
  expiresAt: Date;
  downloadUrl: string;
  manifest: Manifest;
}

/** An exported archive's record as its clients see it. */
export function exportResultOf(entity: ExportedArchiveEntity, config: Pick<Config, 'exportTtlSeconds' | 'registryAddress'>): ExportResult {
  return {
    id: entity.id,
    sha256: entity.sha256,
    size: Number(entity.size), // bigint columns come back as BigInt; archives are far below 2^53 bytes
    objectCount: entity.objectCount,
    signed: entity.signed,
    encryption: entity.encryption as ArchiveEncryptionMode,
    createdAt: entity.createdAt,
    expiresAt: exportExpiresAt(entity.createdAt, config.exportTtlSeconds),
    downloadUrl: downloadUrlFor(entity.id, config.registryAddress),
    manifest: entity.manifest as unknown as Manifest,
  };
}

/** The caller's archives that can still be downloaded, newest first. */
export async function listExportedArchives(
  em: SqlEntityManager,
  config: Pick<Config, 'exportTtlSeconds' | 'registryAddress'>,
  principal: Principal,
  now = new Date(),
): Promise<ExportResult[]> {
  const createdAfter = new Date(now.getTime() - config.exportTtlSeconds * 1000);
  const rows = await em.find(
    ExportedArchiveEntity,
    { createdBy: principal.uuid, createdAt: { $gt: createdAfter } },
    { orderBy: { createdAt: 'desc', id: 'asc' } },
  );
  return rows.filter((row) => mayReadContentOf(em, principal, row)).map((row) => exportResultOf(row, config));
}

/** An archive hands over its objects' content: the content rule decides, as for the objects themselves. */
function mayReadContentOf(em: SqlEntityManager, principal: Principal, archive: ExportedArchiveEntity): boolean {
  return new AccessControl(em, principal).canReadContent(!archive.contentWithheld);
}

export interface DownloadableArchive {
  entity: ExportedArchiveEntity;
  path: string;
  size: number;
}

/**
 * The archive `id` if `principal` may download it: its creator and administrators may, until it expires, but
 * one holding content its objects' archive withheld goes to administrators only (a creator who has lost the
 * role since may not); for anyone else, and once expired, it does not exist (null), so ids cannot be probed.
 */
export async function findDownloadableArchive(
  em: SqlEntityManager,
  config: Pick<Config, 'dataDir' | 'exportTtlSeconds'>,
  principal: Principal,
  id: string,
  now = new Date(),
): Promise<DownloadableArchive | null> {
  if (!ARCHIVE_ID.test(id)) return null;
  const entity = await em.findOne(ExportedArchiveEntity, { id });
  if (!entity || (entity.createdBy !== principal.uuid && !isAdministrator(principal))) return null;
  if (!mayReadContentOf(em, principal, entity)) return null;
  if (exportExpiresAt(entity.createdAt, config.exportTtlSeconds) <= now) return null;
  const dataDir = config.dataDir;
  // bigint columns come back as BigInt; archives are far below 2^53 bytes.
  return { entity, path: archivePath(dataDir, id), size: Number(entity.size) };
}
