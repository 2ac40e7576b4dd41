import type { ImportDecisionsQuery } from '../gql/graphql';
import { ActionBadge } from '../ui/badges';
import { humanize } from '../ui/format';

export type DecisionNode = NonNullable<ImportDecisionsQuery['stagedImport']>['decisions']['edges'][number]['node'];

/**
 * The reason whose message the row shows: among those that decided the action (listed first), errors first, then
 * warnings, then the first given.
 */
function mainReason(d: DecisionNode) {
  const rank = { ERROR: 0, WARNING: 1, INFO: 2 } as Record<string, number>;
  const deciding = d.reasons.filter((r) => r.decisive);
  return [...(deciding.length > 0 ? deciding : d.reasons)].sort((a, b) => rank[a.severity] - rank[b.severity])[0];
}

/**
 * One page of the plan: check or uncheck each element (Orchestrator's import view), its action and why. Objects
 * pulled in by others are marked as included. The name opens the detail panel.
 */
export function DecisionTable(props: {
  decisions: DecisionNode[];
  activeUuid: string | null;
  /** Whether the person wants it imported: shown at once, while the plan for the new selection is made. */
  isChecked: (d: DecisionNode) => boolean;
  onToggle: (d: DecisionNode) => void;
  onOpen: (d: DecisionNode) => void;
  busy: boolean;
}) {
  const { decisions, activeUuid, isChecked, onToggle, onOpen, busy } = props;
  return (
    <table class="table decisions" aria-busy={busy}>
      <caption class="visually-hidden">Archive elements and what importing them would do</caption>
      <thead>
        <tr>
          <th scope="col" class="check-col">Import</th>
          <th scope="col">Name</th>
          <th scope="col">Kind</th>
          <th scope="col">Action</th>
          <th scope="col">Why</th>
          <th scope="col" class="num">Line</th>
        </tr>
      </thead>
      <tbody>
        {decisions.map((d) => {
          const reason = mainReason(d);
          const included = !d.selected && d.includedByCount > 0;
          return (
            <tr key={d.uuid} class={d.uuid === activeUuid ? 'active' : undefined} data-uuid={d.uuid}>
              <td class="check-col">
                <input type="checkbox" checked={isChecked(d)} onChange={() => onToggle(d)} aria-label={`Import ${d.name}`} />
              </td>
              <td>
                <button type="button" class="link-button row-open" onClick={() => onOpen(d)} aria-expanded={d.uuid === activeUuid} aria-controls="decision-detail">
                  {d.name}
                </button>
                {included && (
                  <span class="badge included" title={`Needed by ${d.includedByCount} selected object(s)`}>
                    Included as dependency
                  </span>
                )}
              </td>
              <td>{humanize(d.kind)}</td>
              <td><ActionBadge action={d.action} /></td>
              <td class="why">
                {reason ? (
                  <>
                    <span class="codes">{d.reasons.map((r, i) => <code key={`${r.code}${i}`}>{r.code}</code>)}</span>
                    <span class="message">{reason.message}</span>
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td class="num">{d.line}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
