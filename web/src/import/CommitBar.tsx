import type { ImportDecisionsQuery, ImportPlanSummaryQuery } from '../gql/graphql';
import { formatCount } from '../ui/format';
import { ErrorState } from '../ui/states';
import type { CombinedError } from '@urql/core';

type Plan = NonNullable<ImportDecisionsQuery['stagedImport']>['decisions'];
type Summary = NonNullable<ImportPlanSummaryQuery['stagedImport']>['planSummary'];

/**
 * "Import checked elements": commits exactly the plan on screen (its digest goes with the commit, which refuses
 * any other). Disabled while the plan is being made again or completed (`summary` undefined), or anything blocks it.
 */
export function CommitBar(props: {
  plan: Plan;
  summary: Summary | undefined;
  updating: boolean;
  trustProvider: boolean;
  committing: boolean;
  error: CombinedError | undefined;
  onCommit: () => void;
}) {
  const { plan, summary, trustProvider, committing, error, onCommit } = props;
  const updating = props.updating || !summary;
  const writes = plan.counts.create + plan.counts.replace;
  const blocked = summary !== undefined && summary.blocking.length > 0;
  return (
    <div class="commit-bar" role="region" aria-label="Commit">
      <div>
        <strong>{formatCount(writes)}</strong> element(s) will be written: {formatCount(plan.counts.create)} created, {formatCount(plan.counts.replace)} replaced;{' '}
        {formatCount(plan.counts.ignore + plan.counts.reject + plan.counts.skip)} left as they are.
        {summary && <LeftOut summary={summary} />}
        {trustProvider && <div class="hint">The signer becomes a trusted provider when this import is committed.</div>}
        {summary && <div class="hint digest">Plan <code title={summary.planDigest}>{summary.planDigest.slice(0, 12)}</code></div>}
      </div>
      {error && <ErrorState title="The import was not started" error={error} />}
      <button type="button" class="primary" onClick={onCommit} disabled={updating || blocked || committing || writes === 0}>
        {committing ? 'Starting…' : updating ? 'Updating the plan…' : 'Import checked elements'}
      </button>
    </div>
  );
}

/** Why elements are left out, at a glance: "34 rejected: STAGE_RESTRICTED" (the reasons that decided it). */
function LeftOut(props: { summary: Summary }) {
  const verb: Record<string, string> = { REJECT: 'rejected', SKIP: 'skipped' };
  const lines = props.summary.countsByReason.filter((c) => c.decisive && verb[c.action]);
  if (lines.length === 0) return null;
  return (
    <ul class="hint left-out" aria-label="Left out">
      {lines.map((c) => (
        <li key={`${c.action}${c.code}`}>
          {formatCount(c.count)} {verb[c.action]}: <code>{c.code}</code>
        </li>
      ))}
    </ul>
  );
}
