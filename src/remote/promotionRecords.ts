import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Manifest } from '../archive/record.js';
import { ExportedArchiveEntity, PromotionRecordEntity, type StagedImportEntity } from '../entities/index.js';
import { RegistryError } from '../errors/registryError.js';
import type { ImportRecordView } from '../import/records/importRecordView.js';

/**
 * The target's side of a promotion, written inside the commit's transaction (it lands with the import or not
 * at all): each object the archive selected was promoted from the registry its manifest names, by the user who
 * exported it there. The manifest is what the source signed, so the record says what the signature vouches for.
 */
export async function recordPromotionFrom(tx: SqlEntityManager, staged: StagedImportEntity, view: ImportRecordView, stage: string | null): Promise<void> {
  const manifest = staged.manifest as unknown as Manifest;
  const at = new Date();
  const rows = (manifest.options.objects ?? []).map((objectUuid) => ({
    id: randomUUID(),
    direction: 'FROM',
    objectUuid,
    registryUuid: manifest.registry.uuid,
    registryName: manifest.registry.name,
    registryAddress: manifest.registry.address,
    stageUuid: stage,
    userUuid: manifest.exportedBy.uuid,
    userName: manifest.exportedBy.name,
    at,
    archiveSha256: staged.archiveSha256,
    importRecordId: view.id,
  }));
  for (let i = 0; i < rows.length; i += 1000) await tx.insertMany(PromotionRecordEntity, rows.slice(i, i + 1000));
}

/**
 * The source's side of a committed promotion: each promoted object went TO the target (its registry, the stage,
 * when, by whom, the archive's SHA-256 and the target's import record).
 */
export async function recordPromotionTo(
  em: SqlEntityManager,
  step: {
    previewed: { objects: string[]; stage: string; archiveSha256: string };
    identity: { registryUuid: string; registryName: string };
    address: string;
    user: { uuid: string; name: string };
    importRecordId: string | null;
  },
): Promise<void> {
  const at = new Date();
  const rows = step.previewed.objects.map((objectUuid) => ({
    id: randomUUID(),
    direction: 'TO',
    objectUuid,
    registryUuid: step.identity.registryUuid,
    registryName: step.identity.registryName,
    registryAddress: step.address,
    stageUuid: step.previewed.stage,
    userUuid: step.user.uuid,
    userName: step.user.name,
    at,
    archiveSha256: step.previewed.archiveSha256,
    importRecordId: step.importRecordId,
  }));
  for (let i = 0; i < rows.length; i += 1000) await em.insertMany(PromotionRecordEntity, rows.slice(i, i + 1000));
}

/**
 * The objects a promotion moved: those its export selected (the manifest's options.objects, kept with the
 * export's record), or, for a promotion recorded before, the list its result kept. CONFLICT when the export's
 * record has expired (EXPORT_TTL_SECONDS): the trail could not name the objects, so nothing is committed.
 */
export async function promotedObjects(
  em: SqlEntityManager,
  operationId: string,
  previewed: { exportedArchiveId?: string; objects?: string[] },
): Promise<string[]> {
  if (previewed.objects) return previewed.objects;
  const exported = previewed.exportedArchiveId
    ? await em.findOne(ExportedArchiveEntity, { id: previewed.exportedArchiveId }, { fields: ['id', 'manifest'] })
    : null;
  if (!exported) {
    throw RegistryError.conflict(`The archive of promotion ${operationId} has expired here (EXPORT_TTL_SECONDS); promote the objects again.`, {
      remoteOperationId: operationId,
    });
  }
  return (exported.manifest as unknown as Manifest).options.objects ?? [];
}
