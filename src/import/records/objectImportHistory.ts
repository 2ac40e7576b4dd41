import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AccessControl } from '../../auth/accessControl.js';
import { jsonColumn, rawQuery } from '../../db/rawQuery.js';
import { ImportRecordEntity } from '../../entities/index.js';
import { columnEncoding } from '../../db/bulkInsert.js';
import { decodeRecordCursor, MAX_RECORD_PAGE } from './importRecordStore.js';
import { type ImportRecordView, recordViewOf } from './importRecordView.js';
import type { ImportAction, Reason } from '../planner/types.js';
import { checkPageSize } from '../../db/keysetPages.js';

/** What one import did to one object. */
export interface ObjectImportView {
  record: ImportRecordView;
  line: number;
  action: ImportAction;
  reasons: Reason[];
}

/**
 * The imports that decided about an object (every action: created, replaced, ignored, rejected, skipped), newest
 * first, in one statement per page (keyset on the record's start, then id; import_outcome is indexed by uuid).
 * Only the caller's own imports, or everyone's for an administrator, as importHistory shows them.
 */
export async function objectImportPage(
  em: SqlEntityManager,
  access: AccessControl,
  uuid: string,
  first: number,
  after: string | null,
): Promise<{ entries: ObjectImportView[]; hasNextPage: boolean }> {
  checkPageSize(first, MAX_RECORD_PAGE);
  const knex = em.getKnex();
  const q = knex
    .select('r.*', 'o.line as outcome_line', 'o.action as outcome_action', 'o.reasons as outcome_reasons')
    .from('import_outcome as o')
    .join('import_record as r', 'r.id', 'o.import_id')
    .where('o.uuid', uuid)
    .orderBy([{ column: 'r.started_at', order: 'desc' }, { column: 'r.id', order: 'desc' }])
    .limit(first + 1);
  if (!access.isAdministrator) q.andWhere('r.user_uuid', access.principal.uuid);
  if (after) {
    const [startedAt, id] = decodeRecordCursor(after);
    const at = columnEncoding(em).date(startedAt) as number | Date;
    q.andWhere((w) => w.where('r.started_at', '<', at).orWhere((same) => same.where('r.started_at', at).andWhere('r.id', '<', id)));
  }
  const rows = await rawQuery<Record<string, unknown>>(em, q);
  const entries = rows.slice(0, first).map((row) => {
    const { outcome_line, outcome_action, outcome_reasons, ...record } = row;
    return {
      record: recordViewOf(em.map(ImportRecordEntity, record)),
      line: Number(outcome_line),
      action: outcome_action as ImportAction,
      reasons: jsonColumn<Reason[]>(outcome_reasons),
    };
  });
  return { entries, hasNextPage: rows.length > first };
}
