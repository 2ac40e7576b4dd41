import { RegistryError } from '../../errors/registryError.js';

/** A change of the default selection: what a person checks and unchecks in the import view. */
export interface SelectionChange {
  /** Objects to import beyond the default selection. */
  select?: readonly string[] | null;
  /** Objects of the default selection not to import. */
  deselect?: readonly string[] | null;
}

/** Whether a change changes anything at all (empty lists do not). */
export function isSelectionChange(change: SelectionChange | null | undefined): change is SelectionChange {
  return Boolean(change && (change.select?.length || change.deselect?.length));
}

/** An explicit selection and a change of the default one are two ways to say the same thing: one at a time. */
export function assertOneSelection(selection: readonly string[] | null | undefined, change: SelectionChange | null | undefined): void {
  if (selection && isSelectionChange(change)) {
    throw RegistryError.badInput('Give either selection (the objects to import) or selectionChange (a change of the default selection), not both.');
  }
}

/**
 * The explicit selection a change stands for: the default selection (what the plan with the same options and
 * no selection selects), plus `select`, minus `deselect`. Null when the result is the default selection itself,
 * so the plan already made for it is used. A client never holds the default selection, which may be 100k UUIDs:
 * it sends what the person changed.
 */
export function applySelectionChange(defaultSelection: readonly string[], change: SelectionChange): string[] | null {
  const selected = new Set(defaultSelection);
  const before = selected.size;
  let changed = false;
  for (const uuid of change.deselect ?? []) changed = selected.delete(uuid) || changed;
  for (const uuid of change.select ?? []) if (!selected.has(uuid)) (selected.add(uuid), (changed = true));
  return changed || selected.size !== before ? [...selected] : null;
}
