import { useQuery } from '@urql/preact';
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { ConsoleRemoteOperationFragment } from '../gql/graphql';
import { StatusBadge } from '../ui/badges';
import { humanize } from '../ui/format';
import { ErrorState, Loading } from '../ui/states';
import { RemoteOperationQuery } from './queries';

/** How often a running remote operation is asked how far it got. */
const POLL_MS = 400;

const PHASE_LABEL: Record<string, string> = {
  CONNECTING: 'Connecting to the remote and checking its identity',
  COMPARING: 'Comparing both sides again',
  EXPORTING: 'Exporting, signed',
  DOWNLOADING: 'Downloading the archive',
  STAGING: 'Verifying and staging the archive here',
  TRANSFERRING: 'Transferring the archive',
  UPLOADING: 'Uploading the archive to the target',
  PLANNING: 'Planning the import',
  PREVIEWING: 'Previewing on the target',
  COMMITTING: 'Committing',
  MERGING: 'Merging the member lists',
  RECORDING: 'Recording the result',
  DONE: 'Done',
};

export type RemoteOperation = ConsoleRemoteOperationFragment;

/**
 * A remote operation (get a package, promote, commit a promotion, synchronize a package), polled while it runs: its phase, done of
 * total, and how it ended. `children` renders what to do with the ended operation.
 */
export function OperationProgress(props: { id: string; title: string; onEnded?: (op: RemoteOperation) => void; children: (op: RemoteOperation) => ComponentChildren }) {
  const { id, title, onEnded, children } = props;
  const [{ data, error, fetching }, refetch] = useQuery({ query: RemoteOperationQuery, variables: { id }, requestPolicy: 'network-only' });
  const op = data?.remoteOperation;
  const running = op?.status === 'RUNNING';
  useEffect(() => {
    if (!running || fetching) return;
    const timer = setTimeout(() => refetch({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearTimeout(timer);
  }, [running, fetching, data]);
  const ended = op && op.status !== 'RUNNING' ? op.status : null;
  useEffect(() => {
    if (ended && op) onEnded?.(op);
  }, [ended, id]);

  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading label="Loading the operation" />;
  if (!op) return <ErrorState title={title} error={new Error('This operation does not exist or is not yours.')} />;
  const percent = op.total > 0 ? Math.round((op.done / op.total) * 100) : 0;
  return (
    <div class="card" aria-labelledby={`operation-${op.id}`}>
      <h2 id={`operation-${op.id}`}>
        {title} <StatusBadge status={op.status} />
      </h2>
      <p aria-live="polite">
        {op.remoteName && <>Remote <strong>{op.remoteName}</strong>: </>}
        {PHASE_LABEL[op.phase] ?? humanize(op.phase)} ({op.done} of {op.total} phases)
      </p>
      {running && <progress max={100} value={percent} aria-label={`${title} progress`} />}
      {op.status === 'FAILED' && op.error && (
        <div class="state state-error" role="alert">
          <strong>Failed on {op.error.side === 'LOCAL' ? 'this registry' : 'the remote'}</strong>
          <p>
            <code class="error-code">{op.error.code}</code>
            {op.error.remoteCode && <> (remote: <code class="error-code">{op.error.remoteCode}</code>)</>} {op.error.message}
          </p>
        </div>
      )}
      {op.status !== 'RUNNING' && children(op)}
    </div>
  );
}
