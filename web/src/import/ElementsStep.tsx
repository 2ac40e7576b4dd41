import { useMutation, useQuery } from '@urql/preact';
import { useLocation } from 'preact-iso';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { ImportDecisionsQuery, ImportPlanSummaryQuery } from '../gql/graphql';
import { Pager, useCursorPager } from '../ui/pager';
import { EmptyState, ErrorState, Loading } from '../ui/states';
import { CommitBar } from './CommitBar';
import { DecisionDetail } from './DecisionDetail';
import { type Action, DecisionFilters, type DecisionFilterState, decisionFilterOf, NO_FILTER } from './DecisionFilters';
import { DecisionTable } from './DecisionTable';
import { ImportOptions } from './ImportOptions';
import { CommitMutation, DecisionsQuery, PlanSummaryQuery } from './queries';
import { selectionChangeOf, useWizardChoices } from './wizardState';

export const DECISION_PAGE_SIZE = 50;

/**
 * Step 3 (Orchestrator's import view): the plan for the archive, a page at a time from the server, with the
 * options, filters, each element's detail, and the commit of exactly what is shown.
 */
export function ElementsStep({ stagedImportId, kinds, trustProvider }: { stagedImportId: string; kinds: string[]; trustProvider: boolean }) {
  const { route } = useLocation();
  const wizard = useWizardChoices(stagedImportId);
  const [filter, setFilter] = useState<DecisionFilterState>(NO_FILTER);
  const [activeUuid, setActiveUuid] = useState<string | null>(null);
  const pager = useCursorPager();
  const change = selectionChangeOf(wizard.choices);
  const variables = useMemo(
    () => ({ id: stagedImportId, options: wizard.choices.options, change, filter: decisionFilterOf(filter), first: DECISION_PAGE_SIZE, after: pager.after }),
    [stagedImportId, wizard.choices, filter, pager.after],
  );
  // Always from the server: a plan depends on the registry, which changes under any cache (and "preview again"
  // after a stale plan must show the new one).
  const [result, refetch] = useQuery({ query: DecisionsQuery, variables, requestPolicy: 'network-only' });
  // The digest, blocking problems and reasons need the whole plan: asked for beside the page, which comes first
  // when the server completes a plan in the background (a toggled option on a large archive).
  const summaryVariables = useMemo(() => ({ id: stagedImportId, options: wizard.choices.options, change }), [stagedImportId, wizard.choices]);
  const [summaryResult] = useQuery({ query: PlanSummaryQuery, variables: summaryVariables, requestPolicy: 'network-only' });
  const lastSummary = useRef<ImportPlanSummaryQuery | undefined>(undefined);
  if (summaryResult.data) lastSummary.current = summaryResult.data;
  const summaryUpdating = summaryResult.fetching || summaryResult.stale;
  const summary = summaryUpdating ? undefined : (summaryResult.data ?? lastSummary.current)?.stagedImport?.planSummary;
  // While another plan is made (seconds for a large archive), the last one stays on screen, marked as updating.
  const last = useRef<ImportDecisionsQuery | undefined>(undefined);
  if (result.data) last.current = result.data;
  const data = result.data ?? last.current;
  const updating = result.fetching || result.stale;
  const [commitState, commit] = useMutation(CommitMutation);

  const error = (!result.fetching && result.error) || (!summaryResult.fetching && summaryResult.error);
  if (error) return <ErrorState title="The plan could not be made" error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading label="Planning the import" />;
  const plan = data.stagedImport?.decisions;
  if (!plan) return <EmptyState title="This staged import is gone: it was committed, discarded or has expired." />;
  const decisions = plan.edges.map((e) => e.node);
  const active = decisions.find((d) => d.uuid === activeUuid) ?? null;

  async function startCommit() {
    const input = {
      stagedImportId,
      expectedPlanDigest: summary!.planDigest,
      options: { ...wizard.choices.options, trustProvider },
      selectionChange: change,
      wait: false,
    };
    const done = await commit({ input });
    if (done.data) route(`/imports/${done.data.commitImport.id}`);
  }

  const changeFilter = (f: DecisionFilterState) => {
    setFilter(f);
    pager.reset();
  };
  const counts = { CREATE: plan.counts.create, REPLACE: plan.counts.replace, IGNORE: plan.counts.ignore, REJECT: plan.counts.reject, SKIP: plan.counts.skip } as Record<Action, number>;
  const changed = wizard.choices.select.length + wizard.choices.deselect.length;
  return (
    <div class="elements">
      <div class="elements-controls">
        <ImportOptions options={wizard.choices.options} onChange={wizard.setOption} />
        <DecisionFilters filter={filter} kinds={kinds} counts={counts} onChange={changeFilter} />
      </div>
      {summary && summary.blocking.length > 0 && (
        <div class="state state-error" role="alert">
          <strong>The import cannot be committed while these problems remain:</strong>
          <ul>{summary.blocking.map((b, i) => <li key={`${b.code}${i}`}><code>{b.code}</code> {b.message}</li>)}</ul>
        </div>
      )}
      <div class="table-status" aria-live="polite">
        {updating ? <Loading label="Updating the plan" /> : <span>{plan.totalCount.toLocaleString()} element(s) match.</span>}
        {changed > 0 && (
          <span>
            {changed} change(s) to the default selection.{' '}
            <button type="button" class="link-button" onClick={wizard.resetSelection}>Reset selection</button>
          </span>
        )}
      </div>
      <div class={`decisions-layout${active ? ' with-detail' : ''}`}>
        <div class="decisions-table-wrap">
          {decisions.length === 0 ? (
            <EmptyState title="No element matches these filters." />
          ) : (
            <DecisionTable
              decisions={decisions}
              activeUuid={activeUuid}
              busy={updating}
              isChecked={(d) => wizard.isChecked(d.uuid, d.selectedByDefault)}
              onToggle={(d) => wizard.toggle(d.uuid, wizard.isChecked(d.uuid, d.selectedByDefault))}
              onOpen={(d) => setActiveUuid(d.uuid)}
            />
          )}
          <Pager pager={pager} pageSize={DECISION_PAGE_SIZE} shown={decisions.length} total={plan.totalCount} endCursor={plan.pageInfo.endCursor} hasNextPage={plan.pageInfo.hasNextPage} label="Decisions" />
        </div>
        {active && <DecisionDetail decision={active} onClose={() => setActiveUuid(null)} />}
      </div>
      <CommitBar plan={plan} summary={summary} updating={updating} trustProvider={trustProvider} committing={commitState.fetching} error={commitState.error} onCommit={startCommit} />
    </div>
  );
}
