import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { ImportRecordEntity } from '../../entities/index.js';
import { liveImports } from './importProgress.js';
import { showInterrupted } from './interruptedImports.js';
import { type ImportRecordView, ImportStatus, recordRowOf, recordViewOf } from './importRecordView.js';
import { checkPageSize, tupleCursor } from '../../db/keysetPages.js';
import type { AccessControl } from '../../auth/accessControl.js';

export interface RecordPage {
  records: ImportRecordView[];
  hasNextPage: boolean;
}

export const MAX_RECORD_PAGE = 200;

/** Records newest first: (started at, id). */
const recordCursor = tupleCursor<[Date, string]>(
  ([at, id]) => [at.toISOString(), id],
  ([at, id]) => {
    const date = new Date(at as string);
    return typeof id === 'string' && !Number.isNaN(date.getTime()) ? [date, id] : null;
  },
);

export function encodeRecordCursor(view: Pick<ImportRecordView, 'startedAt' | 'id'>): string {
  return recordCursor.encode([view.startedAt, view.id]);
}

export function decodeRecordCursor(cursor: string): [Date, string] {
  return recordCursor.decode(cursor);
}

/** import_record rows: the RUNNING row written when a commit starts, its progress, and its final state. */
export class ImportRecordStore {
  constructor(private readonly em: SqlEntityManager) {}

  async insert(view: ImportRecordView): Promise<void> {
    await this.em.insert(ImportRecordEntity, recordRowOf(view));
  }

  /** Progress only, and only while the row is still RUNNING: a late progress write never undoes the end. */
  async saveProgress(view: ImportRecordView): Promise<void> {
    await this.em.nativeUpdate(
      ImportRecordEntity,
      { id: view.id, status: ImportStatus.RUNNING },
      { phase: view.phase, done: view.done, total: view.total },
    );
  }

  /** The whole record, as it ends (in the commit transaction on success, after the rollback on failure). */
  async save(view: ImportRecordView): Promise<void> {
    const { id, ...columns } = recordRowOf(view);
    await this.em.nativeUpdate(ImportRecordEntity, { id }, columns);
  }

  /**
   * The id of the import that committed this staged import, if one did. Read under the commit lock, it is the
   * truth: commits serialize, and a successful one records SUCCEEDED in its own transaction.
   */
  async committedBy(stagedImportId: string): Promise<string | null> {
    const row = await this.em.findOne(
      ImportRecordEntity,
      { stagedImportId, status: ImportStatus.SUCCEEDED },
      { fields: ['id'], disableIdentityMap: true },
    );
    return row?.id ?? null;
  }

  /**
   * The record if `access` may see it: one's own imports, every import for an administrator. Else null. Shown as
   * a reader sees it: interrupted when its process died (showInterrupted; reads only).
   */
  async findVisible(id: string, access: Pick<AccessControl, 'principal' | 'isAdministrator'>): Promise<ImportRecordView | null> {
    const record = await this.find(id);
    if (!record || !(access.isAdministrator || record.userUuid === access.principal.uuid)) return null;
    const [shown] = await showInterrupted(this.em, [record]);
    return shown;
  }

  /** The records `access` may see (as findVisible), newest first, shown as findVisible shows them. */
  async pageVisible(access: Pick<AccessControl, 'principal' | 'isAdministrator'>, first: number, after: string | null): Promise<RecordPage> {
    const page = await this.page(access.isAdministrator ? null : access.principal.uuid, first, after);
    return { records: await showInterrupted(this.em, page.records), hasNextPage: page.hasNextPage };
  }

  /** The record as stored; a running import of this process is served from memory (fresher). */
  async find(id: string): Promise<ImportRecordView | null> {
    const live = liveImports.get(id);
    if (live) return live;
    const row = await this.em.findOne(ImportRecordEntity, { id }, { disableIdentityMap: true });
    return row ? recordViewOf(row) : null;
  }

  /** Newest first (keyset on startedAt, id); `userUuid` null lists everyone's. */
  async page(userUuid: string | null, first: number, after: string | null): Promise<RecordPage> {
    checkPageSize(first, MAX_RECORD_PAGE);
    const conditions: FilterQuery<ImportRecordEntity>[] = userUuid ? [{ userUuid }] : [];
    if (after) {
      const [startedAt, id] = decodeRecordCursor(after);
      conditions.push({ $or: [{ startedAt: { $lt: startedAt } }, { startedAt, id: { $lt: id } }] });
    }
    const rows = await this.em.find(ImportRecordEntity, { $and: conditions }, {
      orderBy: { startedAt: 'desc', id: 'desc' },
      limit: first + 1,
      disableIdentityMap: true,
    });
    const records = rows.slice(0, first).map((row) => liveImports.get(row.id) ?? recordViewOf(row));
    return { records, hasNextPage: rows.length > first };
  }
}
