import { useQuery } from '@urql/preact';
import { isAdministrator, useViewer } from '../app/viewer';
import { graphql } from '../gql';
import { StatusBadge, TrustBadge } from '../ui/badges';
import { formatCount, formatDate, humanize } from '../ui/format';
import { EmptyState, ErrorState, Loading } from '../ui/states';

const OverviewQuery = graphql(`
  query OverviewPage {
    stagedImports { id fileName createdAt expiresAt objectCount trust sourceRegistry { name } }
    importHistory(first: 5) {
      edges { node { id status startedAt counts { created replaced ignored rejected skipped } user { name } } }
    }
  }
`);

/** Where a session starts: this registry, imports waiting for review, and the latest imports. */
export function OverviewPage() {
  const viewer = useViewer();
  const [{ data, error, fetching }, retry] = useQuery({ query: OverviewQuery, requestPolicy: 'cache-and-network' });
  return (
    <section class="page">
      <h1>Overview</h1>
      <div class="card">
        <h2>This registry</h2>
        {!viewer ? <Loading label="Loading" /> : (
        <dl class="facts">
          <dt>Name</dt>
          <dd>{viewer.registry.name}</dd>
          <dt>UUID</dt>
          <dd><code>{viewer.registry.uuid}</code></dd>
          <dt>Address</dt>
          <dd><code>{viewer.registry.address}</code></dd>
          <dt>Signed in as</dt>
          <dd>
            {viewer.me.name} {isAdministrator(viewer) && <span class="badge">Administrator</span>}
            {viewer.me.roles.filter((r) => r !== 'REGISTRY_ADMINISTRATOR').map((r) => <span key={r} class="badge">{humanize(r)}</span>)}
          </dd>
        </dl>
        )}
      </div>
      {fetching && !data && <Loading label="Loading imports" />}
      {error && <ErrorState error={error} retry={() => retry({ requestPolicy: 'network-only' })} />}
      {data && (
        <>
          <div class="card">
            <h2>Archives waiting for review</h2>
            {data.stagedImports.length === 0 ? (
              <EmptyState title="No staged archives.">
                <a href="/import">Import an archive</a> to review what it would change.
              </EmptyState>
            ) : (
              <table class="table">
                <thead>
                  <tr><th scope="col">Archive</th><th scope="col">From</th><th scope="col">Objects</th><th scope="col">Signer</th><th scope="col">Staged</th><th scope="col">Expires</th></tr>
                </thead>
                <tbody>
                  {data.stagedImports.map((s) => (
                    <tr key={s.id}>
                      <td><a href={`/import/${s.id}`}>{s.fileName ?? s.id}</a></td>
                      <td>{s.sourceRegistry.name}</td>
                      <td class="num">{formatCount(s.objectCount)}</td>
                      <td><TrustBadge trust={s.trust} /></td>
                      <td>{formatDate(s.createdAt)}</td>
                      <td>{formatDate(s.expiresAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
          <div class="card">
            <h2>Latest imports</h2>
            {data.importHistory.edges.length === 0 ? (
              <EmptyState title="No imports yet." />
            ) : (
              <ul class="plain-list">
                {data.importHistory.edges.map(({ node }) => (
                  <li key={node.id}>
                    <a href={`/imports/${node.id}`}>{formatDate(node.startedAt)}</a> <StatusBadge status={node.status} /> by {node.user?.name ?? 'a user hidden from you'} —{' '}
                    {node.counts.created} created, {node.counts.replaced} replaced
                  </li>
                ))}
              </ul>
            )}
            <p><a href="/imports">All imports</a></p>
          </div>
        </>
      )}
    </section>
  );
}
