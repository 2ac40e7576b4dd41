import { useMutation, useQuery } from '@urql/preact';
import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { isAdministrator, useViewer } from '../app/viewer';
import { OperationProgress } from '../remote/OperationProgress';
import { GetRemotePackage, RemotePackagesQuery, RemoteRegistriesQuery } from '../remote/queries';
import { formatCount, formatDate } from '../ui/format';
import { Pager, useCursorPager } from '../ui/pager';
import { EmptyState, ErrorState, Loading } from '../ui/states';

const PAGE = 25;

/**
 * Get a package from a remote registry: pick the remote, list the packages it shows its credential's user, get
 * one (the remote exports it signed, this registry downloads and stages it as yours) and follow the operation
 * to the staged import, reviewed and committed in the import wizard. The remote and the operation are in the
 * address, so a reload returns to them.
 */
export function RemotePackagesPage() {
  const { query, route } = useLocation();
  const remote = query.remote ?? '';
  const operation = query.op ?? '';
  const go = (params: { remote?: string; op?: string }) => {
    const search = new URLSearchParams();
    if (params.remote) search.set('remote', params.remote);
    if (params.op) search.set('op', params.op);
    route(`/remotes/get${search.size ? `?${search}` : ''}`);
  };
  return (
    <section class="page">
      <h1>Get a remote package</h1>
      <RemotePicker remote={remote} onPick={(name) => go({ remote: name })} />
      {operation && (
        <OperationProgress id={operation} title="Getting the package">
          {(op) =>
            op.status === 'SUCCEEDED' && op.stagedImportId ? (
              <p>
                Staged here, signed by the remote’s recorded certificate. Nothing is imported until you commit.{' '}
                <a class="button primary" href={`/import/${op.stagedImportId}`}>Review the staged import</a>
              </p>
            ) : null
          }
        </OperationProgress>
      )}
      {remote && <PackageList key={remote} remote={remote} onStarted={(id) => go({ remote, op: id })} />}
    </section>
  );
}

/** Administrators choose among the configured remotes; others (who may not list them) type the remote's name. */
function RemotePicker({ remote, onPick }: { remote: string; onPick: (name: string) => void }) {
  const viewer = useViewer();
  const admin = isAdministrator(viewer);
  const [{ data, error }] = useQuery({ query: RemoteRegistriesQuery, pause: !admin });
  const [typed, setTyped] = useState(remote);
  // Until who is signed in is known, neither form: an administrator would see the other one flash by.
  if (!viewer) return <Loading label="Loading" />;
  if (admin) {
    if (error) return <ErrorState error={error} />;
    const remotes = data?.remoteRegistries;
    if (!remotes) return <Loading label="Loading remote registries" />;
    if (remotes.length === 0) {
      return (
        <EmptyState title="No remote registry is configured.">
          <a href="/remotes">Add one</a>
        </EmptyState>
      );
    }
    return (
      <div class="card form">
        <label for="remote-pick">Remote registry</label>
        <select id="remote-pick" value={remote} onChange={(e) => onPick(e.currentTarget.value)}>
          <option value="">Choose a remote…</option>
          {remotes.map((r) => (
            <option key={r.id} value={r.name}>{r.name} — {r.address}</option>
          ))}
        </select>
      </div>
    );
  }
  return (
    <form class="card form" onSubmit={(e) => (e.preventDefault(), onPick(typed.trim()))}>
      <label for="remote-pick">Remote registry name <span class="hint">(as your administrator configured it)</span></label>
      <input id="remote-pick" required value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
      <div class="actions">
        <button type="submit">List its packages</button>
      </div>
    </form>
  );
}

function PackageList({ remote, onStarted }: { remote: string; onStarted: (operationId: string) => void }) {
  const pager = useCursorPager();
  const [search, setSearch] = useState('');
  const [nameContains, setNameContains] = useState('');
  const [{ data, error, fetching }, retry] = useQuery({
    query: RemotePackagesQuery,
    variables: { remote, first: PAGE, after: pager.after, nameContains: nameContains || null },
    requestPolicy: 'cache-and-network',
  });
  const [started, get] = useMutation(GetRemotePackage);
  const admin = isAdministrator(useViewer());
  const page = data?.remotePackages;

  async function getPackage(uuid: string) {
    const result = await get({ remote, package: uuid });
    if (result.data) onStarted(result.data.getRemotePackage.id);
  }

  return (
    <div class="card" aria-labelledby="remote-packages-title">
      <h2 id="remote-packages-title">Packages on {remote}</h2>
      <form
        class="inline-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          pager.reset();
          setNameContains(search.trim());
        }}
      >
        <label for="remote-package-search">Name contains</label>
        <input id="remote-package-search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
        <button type="submit">Search</button>
      </form>
      {fetching && !page && <Loading label="Asking the remote for its packages" />}
      {error && <ErrorState title="The remote did not list its packages" error={error} retry={() => retry({ requestPolicy: 'network-only' })} />}
      {started.error && <ErrorState title="The package was not requested" error={started.error} />}
      {page && page.packages.length === 0 && <EmptyState title="The remote shows no package to its credential’s user." />}
      {page && page.packages.length > 0 && (
        <>
          <table class="table remote-packages">
            <thead>
              <tr><th scope="col">Package</th><th scope="col" class="num">Members</th><th scope="col">Last changed</th><th scope="col">Description</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr>
            </thead>
            <tbody>
              {page.packages.map((p) => (
                <tr key={p.uuid} data-uuid={p.uuid}>
                  <th scope="row">{p.name}</th>
                  <td class="num">{formatCount(p.memberCount)}</td>
                  <td>{formatDate(p.timestamp)}</td>
                  <td>{p.description ?? '—'}</td>
                  <td class="row-actions">
                    <button type="button" class="primary" disabled={started.fetching} onClick={() => getPackage(p.uuid)} aria-label={`Get ${p.name}`}>
                      Get
                    </button>
                    {admin && (
                      <a class="button" href={`/remotes/sync?${new URLSearchParams({ remote, package: p.uuid })}`} aria-label={`Synchronize ${p.name}`}>
                        Synchronize
                      </a>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager pager={pager} pageSize={PAGE} shown={page.packages.length} endCursor={page.endCursor} hasNextPage={page.hasNextPage} label="Packages" />
        </>
      )}
    </div>
  );
}
