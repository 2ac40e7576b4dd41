import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Manifest } from '../archive/record.js';
import { columnEncoding, runBound } from '../db/bulkInsert.js';
import { isPostgres } from '../db/dialect.js';
import { ExportedArchiveEntity, type StagedImportEntity } from '../entities/index.js';
import { RegistryError } from '../errors/registryError.js';
import type { ImportRecordView } from '../import/records/importRecordView.js';

/**
 * The target's side of a promotion, written inside the commit's transaction (it lands with the import or not
 * at all): each object the archive selected was promoted from the registry its manifest names, by the user who
 * exported it there. The manifest is what the source signed, so the record says what the signature vouches for.
 */
export async function recordPromotionFrom(tx: SqlEntityManager, staged: StagedImportEntity, view: ImportRecordView, stage: string | null): Promise<void> {
  const manifest = staged.manifest as unknown as Manifest;
  await writeTrail(tx, manifest.options.objects ?? [], {
    direction: 'FROM',
    registryUuid: manifest.registry.uuid,
    registryName: manifest.registry.name,
    registryAddress: manifest.registry.address,
    stageUuid: stage,
    userUuid: manifest.exportedBy.uuid,
    userName: manifest.exportedBy.name,
    archiveSha256: staged.archiveSha256,
    importRecordId: view.id,
  });
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
  await writeTrail(em, step.previewed.objects, {
    direction: 'TO',
    registryUuid: step.identity.registryUuid,
    registryName: step.identity.registryName,
    registryAddress: step.address,
    stageUuid: step.previewed.stage,
    userUuid: step.user.uuid,
    userName: step.user.name,
    archiveSha256: step.previewed.archiveSha256,
    importRecordId: step.importRecordId,
  });
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

/** What every row of one side of one promotion shares: all but the row's id and object. */
interface TrailStep {
  direction: 'TO' | 'FROM';
  registryUuid: string;
  registryName: string;
  registryAddress: string;
  stageUuid: string | null;
  userUuid: string;
  userName: string;
  archiveSha256: string;
  importRecordId: string | null;
}

/** Rows per statement: the ids and UUIDs of 10k objects are one JSON parameter of about 800 kB. */
const TRAIL_ROWS_PER_STATEMENT = 10_000;

/**
 * One trail row per object, a statement per 10k objects: the step's shared values are bound once and the rows'
 * ids and objects go as one JSON parameter the database unfolds. Rows built one by one for em.insertMany were
 * formatted into SQL text value by value: 0.6 s of a 20k-object promotion's commit on each side, more than the
 * objects' own rows took to write.
 */
async function writeTrail(em: SqlEntityManager, objects: readonly string[], step: TrailStep): Promise<void> {
  const postgres = isPostgres(em);
  const rows = postgres
    ? 'from json_array_elements(cast(? as json)) as r'
    : 'from json_each(?) as r';
  const field = (i: number) => (postgres ? `r.value ->> ${i}` : `json_extract(r.value, '$[${i}]')`);
  const at = postgres ? 'cast(? as timestamptz)' : '?';
  const sql =
    'insert into "promotion_record" ("id", "direction", "object_uuid", "registry_uuid", "registry_name", "registry_address", ' +
    '"stage_uuid", "user_uuid", "user_name", "at", "archive_sha256", "import_record_id") ' +
    `select ${field(0)}, ?, ${field(1)}, ?, ?, ?, ?, ?, ?, ${at}, ?, ? ${rows}`;
  const when = columnEncoding(em).date(new Date());
  for (let i = 0; i < objects.length; i += TRAIL_ROWS_PER_STATEMENT) {
    const pairs = objects.slice(i, i + TRAIL_ROWS_PER_STATEMENT).map((uuid) => [randomUUID(), uuid]);
    await runBound(em, sql, [
      step.direction,
      step.registryUuid,
      step.registryName,
      step.registryAddress,
      step.stageUuid,
      step.userUuid,
      step.userName,
      when,
      step.archiveSha256,
      step.importRecordId,
      JSON.stringify(pairs),
    ]);
  }
}
