import { useQuery } from '@urql/preact';
import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { isAdministrator, useViewer } from '../app/viewer';
import { OperationProgress } from '../remote/OperationProgress';
import { RemoteRegistriesQuery } from '../remote/queries';
import { ComparisonView } from '../sync/ComparisonView';
import { SyncEnded } from '../sync/SyncOutcomes';
import { EmptyState, ErrorState, Loading } from '../ui/states';

/**
 * Synchronize a package with its copy on a remote registry (administrators): the comparison element by element,
 * a direction for each, the member list, then the SYNC_PACKAGE operation's progress and each element's outcome
 * on each side. The remote, the package and the operation are in the address, so a reload returns to them.
 */
export function PackageSyncPage() {
  const { query, route } = useLocation();
  const viewer = useViewer();
  const remote = query.remote ?? '';
  const pkg = query.package ?? '';
  const operation = query.op ?? '';
  // Bumped by "Compare again": a fresh comparison even when the address does not change.
  const [round, setRound] = useState(0);
  const go = (params: { remote: string; package: string; op?: string }) => {
    const search = new URLSearchParams({ remote: params.remote, package: params.package });
    if (params.op) search.set('op', params.op);
    route(`/remotes/sync?${search}`);
  };
  const compareAgain = () => {
    setRound(round + 1);
    go({ remote, package: pkg });
  };

  if (!viewer) return <Loading label="Loading" />;
  return (
    <section class="page">
      <div class="page-head">
        <h1>Synchronize a package</h1>
        <a class="button" href={remote ? `/remotes/get?remote=${encodeURIComponent(remote)}` : '/remotes/get'}>Packages on the remote</a>
      </div>
      {!isAdministrator(viewer) ? (
        <EmptyState title="Only administrators synchronize packages with remote registries." />
      ) : (
        <>
          <SyncTarget key={`${remote} ${pkg}`} remote={remote} pkg={pkg} onPick={(r, p) => go({ remote: r, package: p })} />
          {remote && pkg && operation && (
            <OperationProgress id={operation} title="Synchronizing">
              {(op) => <SyncEnded op={op} onCompareAgain={compareAgain} />}
            </OperationProgress>
          )}
          {remote && pkg && !operation && <ComparisonView key={round} remote={remote} pkg={pkg} onStarted={(id) => go({ remote, package: pkg, op: id })} />}
        </>
      )}
    </section>
  );
}

/** The remote and the package UUID: filled from the remote's package list, or typed for a package only here. */
function SyncTarget({ remote, pkg, onPick }: { remote: string; pkg: string; onPick: (remote: string, pkg: string) => void }) {
  const [{ data, error }] = useQuery({ query: RemoteRegistriesQuery });
  const [chosen, setChosen] = useState(remote);
  const [uuid, setUuid] = useState(pkg);
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
    <form class="card form sync-target" onSubmit={(e) => (e.preventDefault(), onPick(chosen, uuid.trim()))}>
      <label for="sync-remote">Remote registry</label>
      <select id="sync-remote" required value={chosen} onChange={(e) => setChosen(e.currentTarget.value)}>
        <option value="">Choose a remote…</option>
        {remotes.map((r) => (
          <option key={r.id} value={r.name}>{r.name} — {r.address}</option>
        ))}
      </select>
      <label for="sync-package">Package UUID</label>
      <input id="sync-package" required value={uuid} onInput={(e) => setUuid(e.currentTarget.value)} />
      <div class="actions">
        <button type="submit">Compare</button>
      </div>
    </form>
  );
}
