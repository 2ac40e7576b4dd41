import { useQuery } from '@urql/preact';
import { useRoute } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { OutcomeTable } from '../import/OutcomeTable';
import { ImportRecordQuery } from '../import/recordQueries';
import { forgetWizardChoices } from '../import/wizardState';
import { StatusBadge, TrustBadge } from '../ui/badges';
import { formatCount, formatDate, humanize } from '../ui/format';
import { EmptyState, ErrorState, Loading } from '../ui/states';

/** How often a running import is asked how far it got. */
const POLL_MS = 400;

const PHASE_LABEL: Record<string, string> = {
  PLANNING: 'Waiting for its turn, reading the archive and the registry',
  RECORDING: 'Recording each object’s outcome',
  WRITING: 'Writing objects',
  DONE: 'Done',
};

/** One import: its progress while it runs (polled), then how it ended and what it did with each object. */
export function ImportRecordPage() {
  const { params } = useRoute();
  const [{ data, error, fetching }, refetch] = useQuery({ query: ImportRecordQuery, variables: { id: params.id }, requestPolicy: 'network-only' });
  const record = data?.importRecord;
  const running = record?.status === 'RUNNING';
  useEffect(() => {
    if (!running || fetching) return;
    const timer = setTimeout(() => refetch({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearTimeout(timer);
  }, [running, fetching, data]);
  useEffect(() => {
    if (record?.status === 'SUCCEEDED' && record.stagedImportId) forgetWizardChoices(record.stagedImportId);
  }, [record?.status]);

  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading label="Loading the import" />;
  if (!record) {
    return (
      <section class="page">
        <h1>Import</h1>
        <EmptyState title="This import does not exist or is not yours." />
      </section>
    );
  }
  const percent = record.total > 0 ? Math.round((record.done / record.total) * 100) : 0;
  return (
    <section class="page">
      <h1>
        Import of {formatDate(record.startedAt)} <StatusBadge status={record.status} />
      </h1>
      {running && (
        <div class="card" aria-live="polite">
          <h2>In progress</h2>
          <p>{PHASE_LABEL[record.phase] ?? humanize(record.phase)}: {formatCount(record.done)} of {formatCount(record.total)}</p>
          <progress max={100} value={record.phase === 'PLANNING' ? undefined : percent} aria-label="Import progress" />
        </div>
      )}
      {record.status === 'FAILED' && record.error && <Failure record={record} />}
      {record.status === 'SUCCEEDED' && (
        <div class="card" role="status">
          <h2>Imported</h2>
          <p class="counts">
            {formatCount(record.counts.created)} created · {formatCount(record.counts.replaced)} replaced · {formatCount(record.counts.ignored)} ignored ·{' '}
            {formatCount(record.counts.rejected)} rejected · {formatCount(record.counts.skipped)} skipped
          </p>
        </div>
      )}
      <div class="card">
        <h2>Details</h2>
        <dl class="facts">
          <dt>By</dt>
          <dd>{record.user?.name ?? 'a user hidden from you'}</dd>
          <dt>Started / finished</dt>
          <dd>{formatDate(record.startedAt)} / {formatDate(record.finishedAt)}</dd>
          <dt>Signer</dt>
          <dd>
            {record.signer ? record.signer.subject : 'unsigned'} <TrustBadge trust={record.trust} />
            {record.options.trustProvider && record.status === 'SUCCEEDED' && ' — made a trusted provider by this import'}
          </dd>
          <dt>Options</dt>
          <dd>{Object.entries(record.options).filter(([k, v]) => v && k !== '__typename').map(([k]) => humanize(k.replace(/([A-Z])/g, '_$1'))).join(', ') || 'none'}</dd>
          <dt>Plan</dt>
          <dd><code>{record.planDigest ?? '—'}</code></dd>
        </dl>
      </div>
      {record.status === 'SUCCEEDED' && <OutcomeTable importId={record.id} />}
    </section>
  );
}

function Failure({ record }: { record: { error?: { code: string; message: string } | null; stagedImportId?: string | null } }) {
  const stale = record.error!.code === 'PLAN_STALE';
  return (
    <div class="state state-error" role="alert">
      <strong>{stale ? 'The registry changed since you reviewed the plan' : 'The import failed; the registry was left as it was'}</strong>
      <p><code class="error-code">{record.error!.code}</code> {record.error!.message}</p>
      {record.stagedImportId && (
        <a class="button primary" href={`/import/${record.stagedImportId}?step=elements`}>
          {stale ? 'Preview again' : 'Back to the review'}
        </a>
      )}
    </div>
  );
}
