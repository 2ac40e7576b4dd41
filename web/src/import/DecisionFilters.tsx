import type { DecisionFilter, ObjectKind } from '../gql/graphql';
import { humanize } from '../ui/format';
import { REASON_CODES } from './reasonCodes';

export const ACTIONS = ['CREATE', 'REPLACE', 'IGNORE', 'REJECT', 'SKIP'] as const;
export type Action = (typeof ACTIONS)[number];

export interface DecisionFilterState {
  actions: Action[];
  hideIdentical: boolean;
  kind: string;
  reason: string;
}

export const NO_FILTER: DecisionFilterState = { actions: [], hideIdentical: false, kind: '', reason: '' };

/** The API's DecisionFilter for the table's filter state; "hide identical" leaves IGNORE out. */
export function decisionFilterOf(f: DecisionFilterState): DecisionFilter {
  let actions: Action[] = f.actions.length ? f.actions : [...ACTIONS];
  if (f.hideIdentical) actions = actions.filter((a) => a !== 'IGNORE');
  const all = actions.length === ACTIONS.length;
  return {
    actions: all ? null : actions,
    kinds: f.kind ? [f.kind as ObjectKind] : null,
    reasons: f.reason ? [f.reason] : null,
  };
}

/** Filters of the decision table: by action, kind and reason, and identical objects out of sight. */
export function DecisionFilters(props: {
  filter: DecisionFilterState;
  kinds: string[];
  counts: Record<Action, number> | null;
  onChange: (f: DecisionFilterState) => void;
}) {
  const { filter, kinds, counts, onChange } = props;
  const toggleAction = (a: Action, on: boolean) => onChange({ ...filter, actions: on ? [...filter.actions, a] : filter.actions.filter((x) => x !== a) });
  return (
    <fieldset class="filters">
      <legend>Show</legend>
      <div class="filter-actions" role="group" aria-label="Actions">
        {ACTIONS.map((a) => (
          <span class="check inline" key={a}>
            <input type="checkbox" id={`filter-action-${a}`} checked={filter.actions.includes(a)} onChange={(e) => toggleAction(a, e.currentTarget.checked)} />
            <label for={`filter-action-${a}`}>
              {humanize(a)} {counts && <span class="count">{counts[a].toLocaleString()}</span>}
            </label>
          </span>
        ))}
      </div>
      <span class="check inline">
        <input type="checkbox" id="filter-hide-identical" checked={filter.hideIdentical} onChange={(e) => onChange({ ...filter, hideIdentical: e.currentTarget.checked })} />
        <label for="filter-hide-identical">Hide identical objects</label>
      </span>
      <label for="filter-kind">Kind</label>
      <select id="filter-kind" value={filter.kind} onChange={(e) => onChange({ ...filter, kind: e.currentTarget.value })}>
        <option value="">All kinds</option>
        {kinds.map((k) => (
          <option key={k} value={k}>{humanize(k)}</option>
        ))}
      </select>
      <label for="filter-reason">Reason</label>
      <select id="filter-reason" value={filter.reason} onChange={(e) => onChange({ ...filter, reason: e.currentTarget.value })}>
        <option value="">Any reason</option>
        {REASON_CODES.map((code) => (
          <option key={code} value={code}>{humanize(code)}</option>
        ))}
      </select>
    </fieldset>
  );
}
