import type { SyncOutcome, SyncState } from '../gql/graphql';
import { humanize } from '../ui/format';
import { OUTCOME_HINT, STATE_LABEL } from './syncStates';

export function SyncStateBadge({ state }: { state: SyncState }) {
  const { label, hint } = STATE_LABEL[state];
  return <span class={`badge sync-state-${state.toLowerCase().replace(/_/g, '-')}`} title={hint}>{label}</span>;
}

export function SyncOutcomeBadge({ outcome }: { outcome: SyncOutcome }) {
  return <span class={`badge sync-outcome-${outcome.toLowerCase()}`} title={OUTCOME_HINT[outcome]}>{humanize(outcome)}</span>;
}
