import type { DecisionNode } from './DecisionTable';

type Changes = NonNullable<DecisionNode['changes']>;
type Entry = Changes['entries'][number];

/** Paths whose before and after are the UUIDs removed and added rather than values. */
const LISTS = /^(references\.|members$|groups$)/;

/**
 * What changes, field by field, as `terraform plan` lists it: one row per field, the registry's value → the
 * value after the import (for lists, the UUIDs removed and added), with a marker where the API cut the list or
 * a value.
 */
export function FieldChangesList({ changes }: { changes: Changes }) {
  const unlisted = changes.totalCount - changes.entries.length;
  return (
    <>
      {changes.entries.length === 0 ? (
        <p>No differences from the registry's copy.</p>
      ) : (
        <table class="table compact field-changes">
          <thead>
            <tr><th scope="col">Field</th><th scope="col">In this registry</th><th scope="col"><span class="visually-hidden">becomes</span></th><th scope="col">After the import</th></tr>
          </thead>
          <tbody>
            {changes.entries.map((e) => (
              <tr key={e.path}>
                <th scope="row"><code>~ {e.path}</code></th>
                {LISTS.test(e.path) ? <ListCells entry={e} /> : <ValueCells entry={e} />}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {changes.truncated && (
        <p class="note cut-marker">
          Cut: {unlisted > 0 ? `${unlisted.toLocaleString()} more change(s) not listed (the first ${changes.entries.length} shown). ` : ''}
          {changes.entries.some((e) => e.cut) ? 'Values longer than 2,048 characters end in "…".' : ''}
        </p>
      )}
      {changes.contentWithheld && <p class="note">Attributes are not compared: their content is withheld from you.</p>}
    </>
  );
}

function ValueCells({ entry }: { entry: Entry }) {
  return (
    <>
      <td class="before">{shown(entry.before)}</td>
      <td aria-hidden="true">→</td>
      <td class="after">{shown(entry.after)}{entry.cut && <span class="note"> (cut)</span>}</td>
    </>
  );
}

function ListCells({ entry }: { entry: Entry }) {
  const items = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  return (
    <>
      <td class="before">{items(entry.before).map((u) => <div key={u}><code>− {u}</code></div>)}</td>
      <td aria-hidden="true">→</td>
      <td class="after">{items(entry.after).map((u) => <div key={u}><code>+ {u}</code></div>)}</td>
    </>
  );
}

/** A value as written: null, strings quoted, links by name, anything else as JSON. */
function shown(value: unknown) {
  if (value === null || value === undefined) return <span class="hint">null</span>;
  if (typeof value === 'object' && !Array.isArray(value) && 'uuid' in value) {
    const link = value as { uuid: string; name?: string };
    return <span title={link.uuid}>{link.name || <code>{link.uuid}</code>}</span>;
  }
  const text = JSON.stringify(value);
  if (text.length <= LONG) return <code>{text}</code>;
  // A long value (up to the API's 2,048 characters) folded, so the other fields stay in view.
  return (
    <details>
      <summary><code>{text.slice(0, LONG)}…</code></summary>
      <code>{text}</code>
    </details>
  );
}

/** Characters of a value shown before it is folded. */
const LONG = 160;
