import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AppServices } from '../app/appServices.js';
import { writeArchive, type WrittenArchive } from '../archive/archiveWriter.js';
import type { ExportOptionsRecord } from '../archive/record.js';
import type { AccessControl } from '../auth/accessControl.js';
import type { PackageFields } from '../domain/kindFields.js';
import { ObjectKind } from '../domain/objectKind.js';
import { ExportedArchiveEntity, RegistryObjectEntity } from '../entities/index.js';
import { RegistryError } from '../errors/registryError.js';
import { ServerKeyring } from '../keys/serverKeyring.js';
import { archivePath, exportResultOf, exportsDirectory, type ExportResult } from './exportedArchives.js';
import { parseExportInput, type ExportInput, type ExportRequest } from './exportInput.js';
import { exportRecords } from './exportRecords.js';
import { collectExportSet, EXPORT_BATCH_SIZE, type ExportScope, type ExportSet } from './exportSet.js';

/**
 * Writes registry objects into a signed, optionally encrypted archive under `<dataDir>/exports` and records it.
 * The set of objects is decided first (every permission and protection problem surfaces before a byte is
 * written), then streamed from the database a batch at a time: memory holds the set's UUIDs, never its rows.
 * No read transaction spans the export: on SQLite it would hold the only connection for the whole export.
 */
export class ExportService {
  constructor(
    private readonly em: SqlEntityManager,
    private readonly access: AccessControl,
    private readonly app: Pick<AppServices, 'config' | 'registry' | 'logger'>,
  ) {}

  /**
   * Exports what `input` selects (see ExportInput). Throws BAD_USER_INPUT for a malformed input, NOT_FOUND for
   * a selected object, package or organization that does not exist, FORBIDDEN naming objects the caller may
   * not view, NOT_REPACKAGEABLE for objects whose archive forbade exporting them again, and CERTIFICATE_INVALID
   * for an unreadable recipient certificate. `copyTo` also receives the archive's bytes as they are written (see
   * writeArchive), and is destroyed when the export fails, before or while writing.
   */
  async exportArchive(input: ExportInput, copyTo: Writable | null = null): Promise<ExportResult> {
    try {
      return await this.exportTo(input, copyTo);
    } catch (error) {
      copyTo?.destroy(error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
  }

  private async exportTo(input: ExportInput, copyTo: Writable | null): Promise<ExportResult> {
    const request = parseExportInput(input);
    await this.access.ready();
    const started = Date.now();
    const scope = await this.scopeOf(request);
    const set = await collectExportSet(this.em, this.access, scope);
    const id = randomUUID();
    // A package member that no longer exists is neither written nor listed as selected.
    const selected = scope.manifestObjects.filter((uuid) => set.members.has(uuid) || uuid === set.organization);
    const written = await this.write(id, request, selected, set, copyTo);
    const entity = await this.record(id, request, written, !set.carried.viewContent);
    this.app.logger.info({ archive: id, objects: written.objectCount, bytes: written.size, ms: Date.now() - started }, 'exported an archive');
    return exportResultOf(entity, this.app.config);
  }

  /** Records the archive for download; without the record the file could never be served, so it goes too. */
  private async record(id: string, request: ExportRequest, written: WrittenArchive, contentWithheld: boolean): Promise<ExportedArchiveEntity> {
    const entity = this.em.create(ExportedArchiveEntity, {
      id,
      sha256: written.sha256,
      size: written.size,
      objectCount: written.objectCount,
      signed: request.sign,
      encryption: request.encryptionMode,
      createdBy: this.access.principal.uuid,
      createdAt: new Date(written.manifest.exportedAt),
      manifest: written.manifest as unknown as Record<string, unknown>,
      contentWithheld,
    });
    try {
      await this.em.persistAndFlush(entity);
    } catch (error) {
      await rm(written.path, { force: true });
      throw error;
    }
    return entity;
  }

  private async write(
    id: string,
    request: ExportRequest,
    selected: string[],
    set: ExportSet,
    copyTo: Writable | null,
  ): Promise<WrittenArchive> {
    await mkdir(exportsDirectory(this.app.config.dataDir), { recursive: true });
    const { registry } = this.app;
    const { principal } = this.access;
    const options: ExportOptionsRecord = {
      objects: selected,
      package: request.package,
      includeReferences: request.includeReferences,
      includeVersionHistory: request.includeVersionHistory,
      completeOrganization: request.organization,
    };
    return writeArchive({
      outputPath: archivePath(this.app.config.dataDir, id),
      manifest: {
        registry: { uuid: registry.uuid, name: registry.name, address: registry.address },
        exportedBy: { uuid: principal.uuid, name: principal.name },
        exportedAt: new Date().toISOString(),
        options,
        protection: {
          viewContent: request.protection.viewContent && set.carried.viewContent,
          rePackageable: request.protection.rePackageable && set.carried.rePackageable,
          editable: request.protection.editable && set.carried.editable,
        },
      },
      records: exportRecords(this.em, this.access, set, EXPORT_BATCH_SIZE),
      signer: request.sign ? await new ServerKeyring(this.em).current() : null,
      encryption: request.encryption,
      copyTo,
    });
  }

  /** Where the walk starts, and what the manifest lists as selected (before references were added). */
  private async scopeOf(request: ExportRequest): Promise<ExportScope & { manifestObjects: string[] }> {
    const follow = { references: request.includeReferences, versionHistory: request.includeVersionHistory };
    if (request.package) {
      const pkg = await this.objectOfKind(request.package, ObjectKind.PACKAGE, 'Package');
      const members = [...new Set((pkg.fields as unknown as PackageFields).members ?? [])];
      return { objects: [pkg.uuid], members, organization: null, follow, manifestObjects: [pkg.uuid, ...members.filter((m) => m !== pkg.uuid)] };
    }
    if (request.organization) {
      const org = await this.objectOfKind(request.organization, ObjectKind.ORGANIZATION, 'Organization');
      return { objects: [org.uuid], members: [], organization: org.uuid, follow, manifestObjects: [org.uuid] };
    }
    return { objects: request.objects, members: [], organization: null, follow, manifestObjects: request.objects };
  }

  private async objectOfKind(uuid: string, kind: ObjectKind, what: string): Promise<Pick<RegistryObjectEntity, 'uuid' | 'fields'>> {
    const found = await this.em.findOne(RegistryObjectEntity, { uuid, kind }, { fields: ['uuid', 'kind', 'fields'] });
    if (!found) throw RegistryError.notFound(what, uuid);
    return found;
  }
}
