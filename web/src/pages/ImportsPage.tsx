import { useQuery } from '@urql/preact';
import { ImportHistoryQuery } from '../import/recordQueries';
import { StatusBadge } from '../ui/badges';
import { formatCount, formatDate } from '../ui/format';
import { Pager, useCursorPager } from '../ui/pager';
import { EmptyState, ErrorState, Loading } from '../ui/states';

const PAGE = 25;

/** Imports, newest first: yours, or everyone's for an administrator. */
export function ImportsPage() {
  const pager = useCursorPager();
  const [{ data, error, fetching }, retry] = useQuery({ query: ImportHistoryQuery, variables: { first: PAGE, after: pager.after }, requestPolicy: 'cache-and-network' });
  const history = data?.importHistory;
  return (
    <section class="page">
      <h1>Import history</h1>
      <p><a class="button primary" href="/import">Import an archive</a></p>
      {fetching && !history && <Loading label="Loading imports" />}
      {error && <ErrorState error={error} retry={() => retry({ requestPolicy: 'network-only' })} />}
      {history && history.edges.length === 0 && <EmptyState title="No imports yet." />}
      {history && history.edges.length > 0 && (
        <div class="card">
          <table class="table">
            <thead>
              <tr><th scope="col">Started</th><th scope="col">By</th><th scope="col">Status</th><th scope="col" class="num">Created</th><th scope="col" class="num">Replaced</th><th scope="col" class="num">Not imported</th></tr>
            </thead>
            <tbody>
              {history.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td><a href={`/imports/${node.id}`}>{formatDate(node.startedAt)}</a></td>
                  <td>{node.user?.name ?? '—'}</td>
                  <td><StatusBadge status={node.status} /> {node.error && <code>{node.error.code}</code>}</td>
                  <td class="num">{formatCount(node.counts.created)}</td>
                  <td class="num">{formatCount(node.counts.replaced)}</td>
                  <td class="num">{formatCount(node.counts.ignored + node.counts.rejected + node.counts.skipped)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager pager={pager} pageSize={PAGE} shown={history.edges.length} endCursor={history.pageInfo.endCursor} hasNextPage={history.pageInfo.hasNextPage} label="Imports" />
        </div>
      )}
    </section>
  );
}
