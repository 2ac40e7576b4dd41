import { useQuery } from '@urql/preact';
import type { ExplorerObjectQuery } from '../gql/graphql';
import { humanize } from '../ui/format';
import { Pager, useCursorPager } from '../ui/pager';
import { EmptyState, ErrorState, Loading } from '../ui/states';
import { IncomingQuery } from './queries';

type Outgoing = NonNullable<ExplorerObjectQuery['object']>['references'];

export function objectHref(uuid: string): string {
  return `/objects/${encodeURIComponent(uuid)}`;
}

/** The object's own references; a target missing here (or hidden from you) is its bare UUID. */
export function OutgoingReferences({ references }: { references: Outgoing }) {
  return (
    <div class="card">
      <h2>References</h2>
      {references.length === 0 ? (
        <EmptyState title="This object references nothing." />
      ) : (
        <table class="table compact">
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Target</th><th scope="col">Kind</th></tr>
          </thead>
          <tbody>
            {references.map((r) => (
              <tr key={`${r.name}${r.targetUuid}`}>
                <td>{r.name}</td>
                <td>{r.target ? <a href={objectHref(r.target.uuid)}>{r.target.name}</a> : <span><code>{r.targetUuid}</code> <span class="badge missing">missing or hidden</span></span>}</td>
                <td>{r.target ? humanize(r.target.kind) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

const PAGE = 25;

/** References pointing at the object, from objects you may view, a page at a time. */
export function IncomingReferences({ uuid }: { uuid: string }) {
  const pager = useCursorPager();
  const [{ data, error, fetching }, retry] = useQuery({ query: IncomingQuery, variables: { uuid, first: PAGE, after: pager.after } });
  const page = data?.incomingReferences;
  return (
    <div class="card">
      <h2>Referenced by {page && <span class="count">{page.totalCount.toLocaleString()}</span>}</h2>
      {fetching && !page && <Loading label="Loading references to this object" />}
      {error && <ErrorState error={error} retry={() => retry({ requestPolicy: 'network-only' })} />}
      {page && page.edges.length === 0 && <EmptyState title="Nothing you may view references this object." />}
      {page && page.edges.length > 0 && (
        <>
          <table class="table compact">
            <thead>
              <tr><th scope="col">Source</th><th scope="col">Reference</th><th scope="col">Kind</th></tr>
            </thead>
            <tbody>
              {page.edges.map(({ node }) => (
                <tr key={`${node.name}${node.sourceUuid}`}>
                  <td>{node.source ? <a href={objectHref(node.source.uuid)}>{node.source.name}</a> : <code>{node.sourceUuid}</code>}</td>
                  <td>{node.name}</td>
                  <td>{node.source ? humanize(node.source.kind) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager pager={pager} pageSize={PAGE} shown={page.edges.length} total={page.totalCount} endCursor={page.pageInfo.endCursor} hasNextPage={page.pageInfo.hasNextPage} label="Incoming references" />
        </>
      )}
    </div>
  );
}
