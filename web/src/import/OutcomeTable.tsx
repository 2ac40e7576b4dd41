import { useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import { ActionBadge } from '../ui/badges';
import { humanize } from '../ui/format';
import { Pager, useCursorPager } from '../ui/pager';
import { EmptyState, ErrorState, Loading } from '../ui/states';
import { ACTIONS, type Action } from './DecisionFilters';
import { OutcomesQuery } from './recordQueries';

const PAGE = 50;

/** What the import did with each archive object, and why, a page at a time. */
export function OutcomeTable({ importId }: { importId: string }) {
  const [action, setAction] = useState<Action | ''>('');
  const pager = useCursorPager();
  const [{ data, error, fetching }, retry] = useQuery({
    query: OutcomesQuery,
    variables: { id: importId, first: PAGE, after: pager.after, filter: action ? { actions: [action] } : null },
  });
  const outcomes = data?.importRecord?.outcomes;
  return (
    <div class="card">
      <div class="card-head">
        <h2>Result per object</h2>
        <label for="outcome-action">Action</label>
        <select
          id="outcome-action"
          value={action}
          onChange={(e) => {
            setAction(e.currentTarget.value as Action | '');
            pager.reset();
          }}
        >
          <option value="">All actions</option>
          {ACTIONS.map((a) => <option key={a} value={a}>{humanize(a)}</option>)}
        </select>
      </div>
      {fetching && !outcomes && <Loading label="Loading the result" />}
      {error && <ErrorState error={error} retry={() => retry({ requestPolicy: 'network-only' })} />}
      {outcomes && outcomes.edges.length === 0 && <EmptyState title="No object had this outcome." />}
      {outcomes && outcomes.edges.length > 0 && (
        <table class="table outcomes">
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Action</th><th scope="col">Reasons</th></tr>
          </thead>
          <tbody>
            {outcomes.edges.map(({ node }) => (
              <tr key={node.line}>
                <td>{node.action === 'CREATE' || node.action === 'REPLACE' || node.action === 'IGNORE' ? <a href={`/objects/${encodeURIComponent(node.uuid)}`}>{node.name}</a> : node.name}</td>
                <td>{humanize(node.kind)}</td>
                <td><ActionBadge action={node.action} /></td>
                <td class="why">{node.reasons.map((r) => r.code).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {outcomes && (
        <Pager pager={pager} pageSize={PAGE} shown={outcomes.edges.length} total={outcomes.totalCount} endCursor={outcomes.pageInfo.endCursor} hasNextPage={outcomes.pageInfo.hasNextPage} label="Outcomes" />
      )}
    </div>
  );
}
