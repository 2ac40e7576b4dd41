import type { RegistryObjectEntity } from '../entities/index.js';
import { OBJECT_ROW_COLUMNS, objectRowFromColumns, type ObjectRow } from '../export/objectRow.js';

/**
 * What the explorer shows of a registry object: its record's columns and its protection flags. A managed
 * RegistryObjectEntity is one; so is a plain row read with raw SQL (viewedObjectFromColumns), which costs no
 * entity hydration, change-tracking snapshot or identity map, the bulk of a page's time when it was read as entities.
 */
export type ViewedObjectRow = ObjectRow & Pick<RegistryObjectEntity, 'viewContent' | 'rePackageable' | 'editable'>;

/** The registry_object columns viewedObjectFromColumns reads, for `select`. */
export const VIEWED_OBJECT_COLUMNS = [...OBJECT_ROW_COLUMNS, 'view_content', 're_packageable', 'editable'] as const;

/** A raw registry_object row (booleans as 0/1 on SQLite) as a ViewedObjectRow. */
export function viewedObjectFromColumns(raw: Record<string, unknown>): ViewedObjectRow {
  return {
    ...objectRowFromColumns(raw),
    viewContent: Boolean(raw.view_content),
    rePackageable: Boolean(raw.re_packageable),
    editable: Boolean(raw.editable),
  };
}
