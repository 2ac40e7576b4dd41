import type { SqlEntityManager } from '@mikro-orm/knex';
import { ImportOutcomeEntity } from '../../entities/index.js';
import { columnEncoding, insertRows } from '../../db/bulkInsert.js';
import type { Decision, ImportAction, Reason } from '../planner/types.js';
import { checkPageSize, lineCursor } from '../../db/keysetPages.js';
import { WRITE_COLUMNS, writeValues } from './writeColumns.js';

/** Rows per multi-row insert. */
const OUTCOME_CHUNK = 1000;
const OUTCOME_COLUMNS = ['import_id', 'line', 'uuid', 'kind', 'name', 'action', 'reasons', ...WRITE_COLUMNS] as const;

export const MAX_OUTCOME_PAGE = 500;

/** What one commit did to one staged object, with the planner's reasons. */
export interface OutcomeView {
  line: number;
  uuid: string;
  kind: string;
  name: string;
  action: ImportAction;
  reasons: Reason[];
  /** CREATE and REPLACE: what the commit wrote beyond the archive record (as the preview's outcome showed it). */
  written: WrittenView | null;
}

/** The shape of the preview's WriteOutcome. */
export interface WrittenView {
  ownerUuid: string;
  lifecycle: { modelUuid: string; stateUuid: string } | null;
  previousVersionUuid: string | null;
  attributes: Record<string, unknown> | null;
  groupUuids: string[] | null;
}

/**
 * One import_outcome row per staged object (every action, not only writes), in multi-row inserts inside the
 * commit transaction, so the outcomes exist exactly when the commit does. A written object's row also holds what
 * the plan gives it beyond its record (owner, previous version, lifecycle, changed attributes, groups): applyPlan
 * writes the registry from these rows. `onChunk` reports progress.
 */
export async function writeOutcomes(
  tx: SqlEntityManager,
  importId: string,
  decisions: readonly Decision[],
  onChunk: (written: number) => void,
): Promise<void> {
  const encode = columnEncoding(tx);
  for (let i = 0; i < decisions.length; i += OUTCOME_CHUNK) {
    const chunk = decisions.slice(i, i + OUTCOME_CHUNK);
    const rows = chunk.map((d) => [
      importId, d.line, d.uuid, d.kind, d.name, d.action, encode.json(d.reasons), ...writeValues(d.outcome, encode.json),
    ]);
    await insertRows(tx, 'import_outcome', OUTCOME_COLUMNS, rows);
    onChunk(chunk.length);
  }
}

const outcomeCursor = lineCursor('outcome');

export function encodeOutcomeCursor(line: number): string {
  return outcomeCursor.encode(line);
}

function decodeOutcomeCursor(cursor: string): number {
  return outcomeCursor.decode(cursor);
}

/** One page of a commit's outcomes in archive order (keyset on line), optionally only some actions. */
export async function findOutcomePage(
  em: SqlEntityManager,
  importId: string,
  actions: readonly ImportAction[] | null,
  first: number,
  after: string | null,
): Promise<{ outcomes: OutcomeView[]; hasNextPage: boolean }> {
  checkPageSize(first, MAX_OUTCOME_PAGE);
  const rows = await em.find(
    ImportOutcomeEntity,
    {
      importId,
      ...(after ? { line: { $gt: decodeOutcomeCursor(after) } } : {}),
      ...(actions?.length ? { action: { $in: [...actions] } } : {}),
    },
    { orderBy: { line: 'asc' }, limit: first + 1, disableIdentityMap: true },
  );
  const outcomes = rows.slice(0, first).map(
    (r): OutcomeView => ({
      line: r.line,
      uuid: r.uuid,
      kind: r.kind,
      name: r.name,
      action: r.action as ImportAction,
      reasons: r.reasons as Reason[],
      written: writtenOf(r),
    }),
  );
  return { outcomes, hasNextPage: rows.length > first };
}

function writtenOf(r: ImportOutcomeEntity): WrittenView | null {
  if (!r.ownerUuid) return null; // only written objects have an owner given by the plan
  return {
    ownerUuid: r.ownerUuid,
    lifecycle: r.lifecycleModelUuid && r.lifecycleStateUuid ? { modelUuid: r.lifecycleModelUuid, stateUuid: r.lifecycleStateUuid } : null,
    previousVersionUuid: r.previousVersionUuid ?? null,
    attributes: r.attributes ?? null,
    groupUuids: r.groups ?? null,
  };
}

/** How many outcomes a commit has, optionally of some actions. */
export function countOutcomes(em: SqlEntityManager, importId: string, actions: readonly ImportAction[] | null): Promise<number> {
  return em.count(ImportOutcomeEntity, { importId, ...(actions?.length ? { action: { $in: [...actions] } } : {}) });
}
