import { useQuery } from '@urql/preact';
import { ActionBadge } from '../ui/badges';
import { formatDate } from '../ui/format';
import { Pager, useCursorPager } from '../ui/pager';
import { EmptyState, ErrorState, Loading } from '../ui/states';
import { ObjectImportsQuery } from './queries';

const PAGE = 10;

/** The imports that decided about this object (yours, or everyone's for an administrator), newest first. */
export function ObjectImports({ uuid }: { uuid: string }) {
  const pager = useCursorPager();
  const [{ data, error, fetching }, retry] = useQuery({ query: ObjectImportsQuery, variables: { uuid, first: PAGE, after: pager.after } });
  const page = data?.objectImportHistory;
  return (
    <div class="card">
      <h2>Import history</h2>
      {fetching && !page && <Loading label="Loading the import history" />}
      {error && <ErrorState error={error} retry={() => retry({ requestPolicy: 'network-only' })} />}
      {page && page.edges.length === 0 && <EmptyState title="No import you may see decided about this object." />}
      {page && page.edges.length > 0 && (
        <>
          <table class="table compact">
            <thead>
              <tr><th scope="col">Import</th><th scope="col">By</th><th scope="col">Action</th><th scope="col">Why</th></tr>
            </thead>
            <tbody>
              {page.edges.map(({ node }) => (
                <tr key={node.record.id}>
                  <td><a href={`/imports/${node.record.id}`}>{formatDate(node.record.startedAt)}</a></td>
                  <td>{node.record.user?.name ?? '—'}</td>
                  <td><ActionBadge action={node.action} /></td>
                  <td class="why">{node.reasons.map((r) => r.code).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager pager={pager} pageSize={PAGE} shown={page.edges.length} endCursor={page.pageInfo.endCursor} hasNextPage={page.pageInfo.hasNextPage} label="Imports of this object" />
        </>
      )}
    </div>
  );
}
