import type { SqlEntityManager } from '@mikro-orm/knex';
import { rawQuery } from '../../db/rawQuery.js';
import { MAX_KEPT_PROBLEMS, type RecordProblem } from './problemReport.js';

export interface DuplicateReport {
  /** The first duplicates by line (at most MAX_KEPT_PROBLEMS), one problem each. */
  problems: RecordProblem[];
  /** How many rows repeated an earlier UUID and were removed. */
  count: number;
}

/** The earliest line of the same UUID in the same import (uses the (staged_import_id, uuid) index). */
const FIRST_LINE_OF_UUID =
  '(select min(f.line) from staged_object f' +
  ' where f.staged_import_id = staged_object.staged_import_id and f.uuid = staged_object.uuid)';

/**
 * Finds records whose UUID already occurred on an earlier line of the same import, reports each later
 * occurrence as a record problem and deletes its row, so only the first occurrence is staged. Done in SQL,
 * after the rows are written, so memory does not grow with the number of records; an archive without
 * duplicates costs one aggregate statement.
 */
export async function removeDuplicateUuids(tx: SqlEntityManager, stagedImportId: string): Promise<DuplicateReport> {
  const knex = tx.getKnex();
  const [totals] = await rawQuery<{ total: number | string; distinct_uuids: number | string }>(
    tx,
    knex('staged_object')
      .where('staged_import_id', stagedImportId)
      .select(knex.raw('count(*) as total, count(distinct uuid) as distinct_uuids')),
  );
  const count = Number(totals?.total ?? 0) - Number(totals?.distinct_uuids ?? 0);
  if (count === 0) return { problems: [], count: 0 };
  const later = () =>
    knex('staged_object').where('staged_import_id', stagedImportId).andWhere('line', '>', knex.raw(FIRST_LINE_OF_UUID));
  const rows = await rawQuery<{ line: number; uuid: string; first_line: number }>(
    tx,
    later().select('line', 'uuid', knex.raw(`${FIRST_LINE_OF_UUID} as first_line`)).orderBy('line').limit(MAX_KEPT_PROBLEMS),
  );
  await rawQuery(tx, later().delete());
  const problems = rows.map((row) => ({
    line: Number(row.line),
    path: '$.uuid',
    message: `repeats the UUID ${row.uuid} of line ${Number(row.first_line)}; only the first occurrence is staged`,
  }));
  return { problems, count };
}
