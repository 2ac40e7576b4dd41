import { useQuery } from '@urql/preact';
import type { RemoteOperation } from '../remote/OperationProgress';
import { KindBadge } from '../ui/badges';
import { ErrorState, Loading } from '../ui/states';
import { SyncResultQuery } from './queries';
import { SyncOutcomeBadge } from './SyncBadges';
import { DIRECTION_LABEL } from './syncStates';

/**
 * How a synchronization ended: a stale comparison is refused with nothing done, and is compared again; otherwise
 * each element's outcome on each side (also when a later step failed after an earlier side committed).
 */
export function SyncEnded({ op, onCompareAgain }: { op: RemoteOperation; onCompareAgain: () => void }) {
  if (op.error?.code === 'SYNC_COMPARISON_STALE') {
    return (
      <div class="state state-warning" role="status">
        <strong>The comparison you reviewed is out of date.</strong>
        <p>The package changed here or on the remote since; nothing was done. Compare again, review the new comparison and synchronize it.</p>
        <button type="button" class="primary" onClick={onCompareAgain}>Compare again</button>
      </div>
    );
  }
  return (
    <>
      <SyncOutcomes id={op.id} />
      <div class="actions">
        <button type="button" onClick={onCompareAgain}>Compare again</button>
      </div>
    </>
  );
}

function SyncOutcomes({ id }: { id: string }) {
  const [{ data, error }, retry] = useQuery({ query: SyncResultQuery, variables: { id }, requestPolicy: 'network-only' });
  if (error && !data) return <ErrorState title="The outcome was not read" error={error} retry={() => retry({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading label="Reading the outcome" />;
  const result = data.remoteOperation?.syncResult;
  if (!result) return null;
  return (
    <section aria-labelledby="sync-outcome-title">
      <h3 id="sync-outcome-title">Outcome on each side</h3>
      {!result.complete && (
        <p class="state state-error">A later step failed after an earlier side committed: the outcomes below say what landed where.</p>
      )}
      {result.elements.length === 0 ? (
        <p>No element was chosen to move: nothing changed.</p>
      ) : (
        <table class="table sync-outcomes">
          <caption class="visually-hidden">Outcome of each element</caption>
          <thead>
            <tr><th scope="col">Element</th><th scope="col">Kind</th><th scope="col">Direction</th><th scope="col">Here</th><th scope="col">On the remote</th></tr>
          </thead>
          <tbody>
            {result.elements.map((e) => (
              <tr key={e.uuid} data-uuid={e.uuid}>
                <th scope="row">{e.name}</th>
                <td><KindBadge kind={e.kind} /></td>
                <td>{DIRECTION_LABEL[e.direction]}</td>
                <td><SyncOutcomeBadge outcome={e.local} /></td>
                <td><SyncOutcomeBadge outcome={e.remote} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <dl class="facts">
        {result.mergedMembers && (<><dt>Merged member list</dt><dd>{result.mergedMembers.length} members on both sides</dd></>)}
        <dt>Same on both sides now</dt><dd>{result.recorded} elements recorded for the next comparison</dd>
        {result.localImportRecordId && (<><dt>Import here</dt><dd><a href={`/imports/${result.localImportRecordId}`}>Import record</a></dd></>)}
        {result.remoteImportRecordId && (<><dt>Import on the remote</dt><dd><code>{result.remoteImportRecordId}</code></dd></>)}
      </dl>
    </section>
  );
}
