import type { SqlEntityManager } from '@mikro-orm/knex';
import type { ProtectionFlags } from '../../archive/record.js';
import { isPostgres } from '../../db/dialect.js';
import { execute, run, runCounted } from '../../db/rawQuery.js';
import { RegistryError } from '../../errors/registryError.js';
import { ImportAction } from '../planner/types.js';

/** Archive lines per round of statements: progress advances this often, and a statement's work stays bounded. */
export const WRITE_LINES = 5000;

const WRITTEN = `o.action in ('${ImportAction.CREATE}', '${ImportAction.REPLACE}')`;
const IN_RANGE = 'o.import_id = ? and o.line between ? and ?';

/**
 * How each database reads the staged record's JSON text. SQLite: json_extract on the text. PostgreSQL: the text
 * cast to jsonb once per row (a lateral kept apart by `offset 0`), then its operators. Dates are ISO 8601 UTC with milliseconds (the
 * archive schema's pattern), which SQLite stores as epoch milliseconds and PostgreSQL casts to timestamptz.
 */
interface RecordSql {
  /** FROM items that make the record readable as `r` for the join of outcome `o` and staged object `s`. */
  record: string;
  text(path: string): string;
  json(path: string): string;
  date(path: string): string;
  /** The record's fields with `groups` set to the outcome's groups (users). */
  fieldsWithGroups: string;
  /** FROM items yielding each reference of the record as `ref`, and its name and target. */
  references: string;
  refName: string;
  refTarget: string;
}

const SQLITE: RecordSql = {
  record: '',
  text: (path) => `json_extract(s.record, '$.${path}')`,
  json: (path) => `json_extract(s.record, '$.${path}')`,
  date: (path) =>
    `(cast(strftime('%s', substr(json_extract(s.record, '$.${path}'), 1, 19)) as integer) * 1000 + cast(substr(json_extract(s.record, '$.${path}'), 21, 3) as integer))`,
  fieldsWithGroups: `json_set(json_extract(s.record, '$.fields'), '$.groups', json(coalesce(o.groups, '[]')))`,
  references: `, json_each(s.record, '$.references') ref`,
  refName: `json_extract(ref.value, '$.name')`,
  refTarget: `json_extract(ref.value, '$.target')`,
};

const POSTGRESQL: RecordSql = {
  // `offset 0` keeps PostgreSQL from inlining the lateral: inlined, every operator below parses the text again.
  record: 'cross join lateral (select s.record::jsonb as j offset 0) r',
  text: (path) => `r.j #>> '{${path.replaceAll('.', ',')}}'`,
  json: (path) => `r.j #> '{${path.replaceAll('.', ',')}}'`,
  date: (path) => `(r.j ->> '${path}')::timestamptz`,
  fieldsWithGroups: `jsonb_set(r.j -> 'fields', '{groups}', coalesce(o.groups, '[]'::jsonb))`,
  references: 'cross join lateral jsonb_array_elements(r.j -> \'references\') ref',
  refName: `ref ->> 'name'`,
  refTarget: `ref ->> 'target'`,
};

/**
 * Applies a plan whose outcome rows are written (writeOutcomes, or copyStoredOutcomes), inside the caller's
 * transaction: the registry rows are made by the database itself from those rows joined with the staged records,
 * so no record travels through the service. For each range of WRITE_LINES archive lines: the replaced objects are deleted with their
 * references, the written objects inserted (every column from the archive record, but what the plan decided:
 * owner, previous version, lifecycle, attributes changed by policies, a user's groups), then their references.
 * Deleting and inserting a replaced row in one transaction is the update. No table has foreign keys, so the
 * order in which rows land is free: what links to what is only checked, by the planner, before anything is written.
 * `onRange` reports how many objects each range wrote.
 */
export async function applyPlan(
  tx: SqlEntityManager,
  target: { importId: string; stagedImportId: string; protection: ProtectionFlags },
  onRange: (written: number) => void,
): Promise<void> {
  const postgres = isPostgres(tx);
  const statements = writeStatements(postgres ? POSTGRESQL : SQLITE);
  const { importId, stagedImportId, protection } = target;
  const flags = [protection.viewContent, protection.rePackageable, protection.editable].map((f) => (postgres ? f : f ? 1 : 0));
  const [last] = await execute<{ line: number | null }>(tx, 'select max(line) as line from import_outcome where import_id = ?', [importId]);
  const lastLine = Number(last?.line ?? 0);
  for (let from = 1; from <= lastLine; from += WRITE_LINES) {
    const to = from + WRITE_LINES - 1;
    const range = [importId, from, to];
    const [actions] = await execute<{ written: number | string | null; replaced: number | string | null }>(tx, statements.countRange, range);
    const written = Number(actions?.written ?? 0);
    if (written === 0) continue;
    const replaced = Number(actions?.replaced ?? 0);
    if (replaced > 0) {
      await run(tx, statements.deleteReferences, range);
      // The commit lock and the revision's row lock keep every other writer out, so these counts always match;
      // if they did not, the plan would be applied to a registry it was not made for: roll it all back instead.
      if ((await runCounted(tx, statements.deleteObjects, range)) !== replaced) throw replacedObjectsChanged(importId);
    }
    if ((await runCounted(tx, statements.insertObjects, [...flags, stagedImportId, ...range])) !== written) throw replacedObjectsChanged(importId);
    await run(tx, statements.insertReferences, [stagedImportId, ...range]);
    onRange(written);
  }
}

function replacedObjectsChanged(importId: string): RegistryError {
  return RegistryError.objectChanged('The registry or the staged records of import', importId);
}

function writeStatements(sql: RecordSql) {
  const replacedInRange = `select o.uuid from import_outcome o where ${IN_RANGE} and o.action = '${ImportAction.REPLACE}'`;
  const joined = `from import_outcome o join staged_object s on s.staged_import_id = ? and s.line = o.line ${sql.record}`;
  return {
    countRange: `select sum(case when ${WRITTEN} then 1 else 0 end) as written,
        sum(case when o.action = '${ImportAction.REPLACE}' then 1 else 0 end) as replaced
      from import_outcome o where ${IN_RANGE}`,
    deleteReferences: `delete from object_reference where source_uuid in (${replacedInRange})`,
    deleteObjects: `delete from registry_object where uuid in (${replacedInRange})`,
    insertObjects: `insert into registry_object (uuid, kind, name, description, owner_uuid, organization_uuid, object_type_uuid,
        created_at, timestamp, version, previous_version_uuid, lifecycle_model_uuid, lifecycle_state_uuid, attributes, fields,
        view_content, re_packageable, editable)
      select o.uuid, o.kind, ${sql.text('name')}, ${sql.text('description')}, o.owner_uuid,
        case when o.kind = 'ORGANIZATION' then null else ${sql.text('organization.uuid')} end,
        case when o.kind = 'ASSET' then ${sql.text('fields.objectType')} end,
        ${sql.date('createdAt')}, ${sql.date('timestamp')}, ${sql.text('version')},
        o.previous_version_uuid, o.lifecycle_model_uuid, o.lifecycle_state_uuid,
        coalesce(o.attributes, ${sql.json('attributes')}),
        case when o.kind = 'USER' then ${sql.fieldsWithGroups} else ${sql.json('fields')} end,
        ?, ?, ?
      ${joined} where ${IN_RANGE} and ${WRITTEN}`,
    insertReferences: `insert into object_reference (source_uuid, name, target_uuid)
      select o.uuid, ${sql.refName}, ${sql.refTarget} ${joined} ${sql.references}
      where ${IN_RANGE} and ${WRITTEN}
      on conflict do nothing`,
  };
}
