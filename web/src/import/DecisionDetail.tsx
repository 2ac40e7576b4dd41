import type { ComponentChildren } from 'preact';
import { ActionBadge, KindBadge } from '../ui/badges';
import { formatDate, humanize } from '../ui/format';
import type { DecisionNode } from './DecisionTable';
import { FieldChangesList } from './FieldChangesList';

interface Section {
  id: string;
  title: string;
  /** Null: nothing to say, the section is left out. */
  render: (d: DecisionNode) => ComponentChildren | null;
}

/** The detail of one decision, as sections. A section is a title and what it shows of the decision. */
const SECTIONS: Section[] = [
  { id: 'selection', title: 'Selection', render: selectionSection },
  { id: 'reasons', title: 'Reasons', render: reasonsSection },
  { id: 'references', title: 'References', render: referencesSection },
  { id: 'existing', title: 'In this registry', render: existingSection },
  { id: 'changes', title: 'What changes', render: (d) => (d.changes ? <FieldChangesList changes={d.changes} /> : null) },
  { id: 'outcome', title: 'What will be written', render: outcomeSection },
];

export function DecisionDetail({ decision, onClose }: { decision: DecisionNode; onClose: () => void }) {
  return (
    <aside id="decision-detail" class="card detail" aria-labelledby="decision-detail-title">
      <div class="detail-head">
        <h2 id="decision-detail-title">{decision.name}</h2>
        <button type="button" class="link-button" onClick={onClose}>
          Close
        </button>
      </div>
      <p>
        <KindBadge kind={decision.kind} /> <ActionBadge action={decision.action} /> line {decision.line}
      </p>
      <p><code>{decision.uuid}</code></p>
      {SECTIONS.map((s) => {
        const body = s.render(decision);
        return body === null ? null : (
          <section key={s.id} aria-labelledby={`detail-${s.id}`}>
            <h3 id={`detail-${s.id}`}>{s.title}</h3>
            {body}
          </section>
        );
      })}
    </aside>
  );
}

function selectionSection(d: DecisionNode) {
  const shown = d.includedBy.slice(0, 10);
  return (
    <>
      <p>
        {d.selected ? 'Selected' : 'Not selected'}
        {d.selected !== d.selectedByDefault && ` (by default it is ${d.selectedByDefault ? 'selected' : 'not selected'})`}.
      </p>
      {d.includedByCount > 0 && (
        <>
          <p>Included because {d.includedByCount.toLocaleString()} imported object(s) reference it:</p>
          <ul class="uuid-list">
            {shown.map((u) => <li key={u}><code>{u}</code></li>)}
            {d.includedByCount > shown.length && <li>and {(d.includedByCount - shown.length).toLocaleString()} more</li>}
          </ul>
        </>
      )}
    </>
  );
}

function reasonsSection(d: DecisionNode) {
  if (d.reasons.length === 0) return null;
  return (
    <ul class="reasons">
      {d.reasons.map((r, i) => (
        <li key={`${r.code}${i}`} class={`severity-${r.severity.toLowerCase()}${r.decisive ? '' : ' incidental'}`}>
          <span class="severity">{humanize(r.severity)}</span> <code>{r.code}</code> {r.message}
          {r.decisive ? null : <span class="note"> (did not decide the action)</span>}
        </li>
      ))}
    </ul>
  );
}

const RESOLUTION_LABEL: Record<string, string> = {
  ARCHIVE: 'In the archive',
  REGISTRY: 'In this registry',
  UNRESOLVED: 'Unresolved',
};

function referencesSection(d: DecisionNode) {
  if (d.references.length === 0) return <p>No references.</p>;
  return (
    <table class="table compact">
      <thead>
        <tr><th scope="col">Name</th><th scope="col">Target</th><th scope="col">Where</th></tr>
      </thead>
      <tbody>
        {d.references.map((r) => (
          <tr key={`${r.name}${r.targetUuid}`}>
            <td>{r.name}</td>
            <td>
              {r.targetRecord ? (
                <span>{r.targetRecord.name} <ActionBadge action={r.targetRecord.action} /> <span class="hint">line {r.targetRecord.line}</span></span>
              ) : r.targetObject ? (
                <a href={`/objects/${encodeURIComponent(r.targetObject.uuid)}`}>{r.targetObject.name}</a>
              ) : (
                <code>{r.targetUuid}</code>
              )}
            </td>
            <td><span class={`badge resolution-${r.resolution.toLowerCase()}`}>{RESOLUTION_LABEL[r.resolution] ?? r.resolution}</span></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function existingSection(d: DecisionNode) {
  if (!d.existing) return <p>Not in this registry.</p>;
  return (
    <p>
      {d.existing.object ? <a href={`/objects/${encodeURIComponent(d.existing.object.uuid)}`}>{d.existing.object.name}</a> : 'A copy hidden from you'}, last changed{' '}
      {formatDate(d.existing.timestamp)}.
    </p>
  );
}

function outcomeSection(d: DecisionNode) {
  const o = d.outcome;
  if (!o) return null;
  return (
    <dl class="facts">
      <dt>Owner</dt>
      <dd>{o.owner ? o.owner.name : <code>{o.ownerUuid}</code>}</dd>
      {o.lifecycle && (
        <>
          <dt>Lifecycle state</dt>
          <dd><code>{o.lifecycle.stateUuid}</code> of model <code>{o.lifecycle.modelUuid}</code></dd>
        </>
      )}
      <dt>Previous version</dt>
      <dd>{o.previousVersionUuid ? <code>{o.previousVersionUuid}</code> : 'none (standalone)'}</dd>
      {o.groupUuids && (
        <>
          <dt>Groups</dt>
          <dd>{o.groupUuids.length ? o.groupUuids.map((g) => <code key={g}>{g} </code>) : 'none'}</dd>
        </>
      )}
      {o.attributes && (
        <>
          <dt>Attributes after policies</dt>
          <dd><pre>{JSON.stringify(o.attributes, null, 2)}</pre></dd>
        </>
      )}
    </dl>
  );
}
