import type { RegistryObjectEntity } from '../entities/index.js';
import { OBJECT_ROW_COLUMNS, objectHeaderFromColumns, type ObjectRow } from '../export/objectRow.js';

/**
 * What the explorer shows of a registry object: its record's columns and its protection flags. A managed
 * RegistryObjectEntity is one; so is a plain row read with raw SQL (viewedObjectFromColumns), which costs no
 * entity hydration, change-tracking snapshot or identity map, the bulk of a page's time when it was read as entities.
 * A plain row leaves out the attributes (undefined): a page of objects and their references' targets would read
 * and parse a kilobyte or more of them per object for the few queries that ask; those read them apart
 * (Loaders.attributes).
 */
export type ViewedObjectRow = Omit<ObjectRow, 'attributes'> &
  Partial<Pick<ObjectRow, 'attributes'>> &
  Pick<RegistryObjectEntity, 'viewContent' | 'rePackageable' | 'editable'>;

/** The registry_object columns viewedObjectFromColumns reads, for `select`: all the record's but its attributes. */
export const VIEWED_OBJECT_COLUMNS = [...OBJECT_ROW_COLUMNS.filter((c) => c !== 'attributes'), 'view_content', 're_packageable', 'editable'] as const;

/** A raw registry_object row (booleans as 0/1 on SQLite) as a ViewedObjectRow, without its attributes. */
export function viewedObjectFromColumns(raw: Record<string, unknown>): ViewedObjectRow {
  const row = objectHeaderFromColumns(raw) as ViewedObjectRow;
  row.viewContent = Boolean(raw.view_content);
  row.rePackageable = Boolean(raw.re_packageable);
  row.editable = Boolean(raw.editable);
  return row;
}
