import { useMutation, useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import { isAdministrator, useViewer } from '../app/viewer';
import type { ConsoleRemoteRegistriesQuery, ConsoleTestRemoteRegistryMutation } from '../gql/graphql';
import { AcceptRemoteIdentity, AddRemoteRegistry, RemoteRegistriesQuery, RemoveRemoteRegistry, TestRemoteRegistry } from '../remote/queries';
import { formatDate, formatFingerprint, humanize } from '../ui/format';
import { EmptyState, ErrorState, Loading } from '../ui/states';

type Remote = ConsoleRemoteRegistriesQuery['remoteRegistries'][number];
type TestResult = ConsoleTestRemoteRegistryMutation['testRemoteRegistry'];

/**
 * The remote registries this one talks to (administrators): their recorded identity, a changed identity waiting
 * to be accepted, a test of each, and a form to add one. The credential goes in once and is never shown again.
 */
export function RemoteRegistriesPage() {
  const viewer = useViewer();
  const admin = isAdministrator(viewer);
  const [{ data, error, fetching }, refetch] = useQuery({ query: RemoteRegistriesQuery, pause: !admin, requestPolicy: 'cache-and-network' });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (!viewer) return <Loading label="Loading" />;
  if (!admin) {
    return (
      <section class="page">
        <h1>Remote registries</h1>
        <EmptyState title="Only administrators configure remote registries.">
          <a href="/remotes/get">Get a package from a remote registry</a>
        </EmptyState>
      </section>
    );
  }
  const remotes = data?.remoteRegistries;
  return (
    <section class="page">
      <div class="page-head">
        <h1>Remote registries</h1>
        <div class="actions">
          <a class="button" href="/remotes/get">Get a remote package</a>
          <a class="button" href="/remotes/sync">Synchronize a package</a>
        </div>
      </div>
      {fetching && !remotes && <Loading label="Loading remote registries" />}
      {error && <ErrorState error={error} retry={reload} />}
      {remotes && remotes.length === 0 && <EmptyState title="No remote registry is configured yet." />}
      {remotes && remotes.length > 0 && (
        <div class="card">
          <table class="table remotes">
            <thead>
              <tr><th scope="col">Name</th><th scope="col">Address</th><th scope="col">Recorded identity</th><th scope="col">Identity change</th><th scope="col">Actions</th></tr>
            </thead>
            <tbody>
              {remotes.map((remote) => <RemoteRow key={remote.id} remote={remote} onChanged={reload} />)}
            </tbody>
          </table>
        </div>
      )}
      <AddRemoteForm onAdded={reload} />
    </section>
  );
}

function RemoteRow({ remote, onChanged }: { remote: Remote; onChanged: () => void }) {
  const [tested, test] = useMutation(TestRemoteRegistry);
  const [accepted, accept] = useMutation(AcceptRemoteIdentity);
  const [removed, remove] = useMutation(RemoveRemoteRegistry);
  const [confirming, setConfirming] = useState(false);
  const result = tested.data?.testRemoteRegistry;
  return (
    <>
      <tr data-remote={remote.name}>
        <th scope="row">{remote.name}</th>
        <td><code>{remote.address}</code></td>
        <td>
          {remote.registryUuid ? (
            <>
              {remote.registryName ?? '—'} <code>{remote.registryUuid}</code>
              <br />
              <span class="hint">Signer </span><code title="SHA-256 of the signing certificate">{formatFingerprint(remote.signerFingerprint ?? '')}</code>
              <br />
              <span class="hint">Recorded {formatDate(remote.identityRecordedAt)}</span>
            </>
          ) : (
            <span class="hint">Not recorded yet: the first connection records it</span>
          )}
        </td>
        <td>
          {remote.pendingIdentity ? (
            <>
              <span class="badge status-failed">Changed</span> <code>{remote.pendingIdentity.registryUuid}</code>
              <br />
              <code>{formatFingerprint(remote.pendingIdentity.signerFingerprint)}</code>
              <br />
              <button type="button" disabled={accepted.fetching} onClick={async () => (await accept({ name: remote.name })).data && onChanged()} aria-label={`Accept the new identity of ${remote.name}`}>
                Accept
              </button>
              {accepted.error && <ErrorState title="Not accepted" error={accepted.error} />}
            </>
          ) : (
            '—'
          )}
        </td>
        <td>
          <div class="actions">
            <button type="button" disabled={tested.fetching} onClick={async () => (await test({ name: remote.name })).data && onChanged()} aria-label={`Test ${remote.name}`}>
              {tested.fetching ? 'Testing…' : 'Test'}
            </button>
            {confirming ? (
              <>
                <button type="button" class="danger" disabled={removed.fetching} onClick={async () => (await remove({ name: remote.name })).data && onChanged()}>
                  Remove {remote.name}
                </button>
                <button type="button" class="link-button" onClick={() => setConfirming(false)}>Keep</button>
              </>
            ) : (
              <button type="button" onClick={() => setConfirming(true)} aria-label={`Remove ${remote.name}…`}>Remove…</button>
            )}
          </div>
          {removed.error && <ErrorState title="Not removed" error={removed.error} />}
        </td>
      </tr>
      {(result || tested.error) && (
        <tr class="remote-test">
          <td colSpan={5}>
            {tested.error ? <ErrorState title="The test did not run" error={tested.error} /> : result && <TestReport name={remote.name} result={result} />}
          </td>
        </tr>
      )}
    </>
  );
}

const IDENTITY_LABEL: Record<string, string> = {
  RECORDED: 'Recorded now (first connection)',
  UNCHANGED: 'As recorded',
  CHANGED: 'Changed: refused until accepted',
  UNKNOWN: 'Unknown (not reached)',
};

/** What a test found: reachability, identity, and as whom the credential acts there. */
function TestReport({ name, result }: { name: string; result: TestResult }) {
  return (
    <section aria-label={`Test of ${name}`} class="test-report">
      <dl class="facts">
        <dt>Reachable</dt>
        <dd>{result.reachable ? 'Yes' : 'No'}</dd>
        <dt>Identity</dt>
        <dd>
          {IDENTITY_LABEL[result.identityStatus] ?? humanize(result.identityStatus)}
          {result.registryUuid && <> — {result.registryName} <code>{result.registryUuid}</code></>}
        </dd>
        <dt>Credential acts as</dt>
        <dd>
          {result.credentialUser ? (
            <>
              {result.credentialUser.name}
              {result.credentialUser.roles.length > 0 && <> ({result.credentialUser.roles.map(humanize).join(', ')})</>}
              {result.credentialUser.administrator && <> — <strong>an administrator there: more than a service credential needs</strong></>}
            </>
          ) : (
            '—'
          )}
        </dd>
      </dl>
      {result.error && (
        <div class="state state-error" role="alert">
          <strong>Failed on {result.error.side === 'LOCAL' ? 'this registry' : 'the remote'}</strong>
          <p>
            <code class="error-code">{result.error.code}</code>
            {result.error.remoteCode && <> (remote: <code class="error-code">{result.error.remoteCode}</code>)</>} {result.error.message}
          </p>
        </div>
      )}
    </section>
  );
}

/** Adds a remote. The credential field is a password field, emptied once sent: no query returns it. */
function AddRemoteForm({ onAdded }: { onAdded: () => void }) {
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [credential, setCredential] = useState('');
  const [timeout, setTimeoutSeconds] = useState('');
  const [pinned, setPinned] = useState('');
  const [cas, setCas] = useState('');
  const [{ fetching, error }, add] = useMutation(AddRemoteRegistry);
  const [added, setAdded] = useState<string | null>(null);

  async function submit(e: Event) {
    e.preventDefault();
    setAdded(null);
    const result = await add({
      input: {
        name: name.trim(),
        address: address.trim(),
        credential,
        timeoutSeconds: timeout ? Number(timeout) : undefined,
        pinnedCertificatePem: pinned.trim() || undefined,
        caCertificatesPem: cas.trim() || undefined,
      },
    });
    setCredential('');
    if (result.data) {
      setAdded(result.data.addRemoteRegistry.name);
      setName('');
      setAddress('');
      setTimeoutSeconds('');
      setPinned('');
      setCas('');
      onAdded();
    }
  }

  return (
    <form class="card form" onSubmit={submit} aria-labelledby="add-remote-title">
      <h2 id="add-remote-title">Add a remote registry</h2>
      <p>
        The credential is a token the remote issued to a service user with the least rights the use needs. It is stored sealed and never shown
        again.
      </p>
      <label for="remote-name">Name</label>
      <input id="remote-name" required maxLength={200} value={name} disabled={fetching} onInput={(e) => setName(e.currentTarget.value)} />
      <label for="remote-address">GraphQL address <span class="hint">(https, or http to a loopback address)</span></label>
      <input id="remote-address" type="url" required placeholder="https://registry.example.com/graphql" value={address} disabled={fetching} onInput={(e) => setAddress(e.currentTarget.value)} />
      <label for="remote-credential">Credential (bearer token)</label>
      <input id="remote-credential" type="password" required autoComplete="off" value={credential} disabled={fetching} onInput={(e) => setCredential(e.currentTarget.value)} />
      <label for="remote-timeout">Timeout in seconds <span class="hint">(1–3600, default 60)</span></label>
      <input id="remote-timeout" type="number" min={1} max={3600} value={timeout} disabled={fetching} onInput={(e) => setTimeoutSeconds(e.currentTarget.value)} />
      <details>
        <summary>TLS settings</summary>
        <label for="remote-pinned">Pinned certificate (PEM) <span class="hint">(accept exactly this certificate)</span></label>
        <textarea id="remote-pinned" rows={4} value={pinned} disabled={fetching} onInput={(e) => setPinned(e.currentTarget.value)} />
        <label for="remote-cas">CA certificates (PEM) <span class="hint">(instead of the system’s)</span></label>
        <textarea id="remote-cas" rows={4} value={cas} disabled={fetching} onInput={(e) => setCas(e.currentTarget.value)} />
      </details>
      {error && <ErrorState title="The remote was not added" error={error} />}
      {added && <p role="status">Remote {added} added. Test it to record its identity.</p>}
      <div class="actions">
        <button type="submit" class="primary" disabled={fetching}>{fetching ? 'Adding…' : 'Add remote'}</button>
      </div>
    </form>
  );
}
