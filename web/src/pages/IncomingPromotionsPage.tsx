import { useClient, useMutation, useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import type { CombinedError } from '@urql/core';
import type { ConsoleIncomingPromotionsQuery } from '../gql/graphql';
import { ApprovePromotion, IncomingPromotionPreview, IncomingPromotionsQuery, RejectPromotion } from '../remote/queries';
import { formatCount, formatDate } from '../ui/format';
import { EmptyState, ErrorState, Loading } from '../ui/states';

type Incoming = ConsoleIncomingPromotionsQuery['incomingPromotions'][number];

/**
 * The promotions other registries submitted here while this registry requires approval: who, from where, when,
 * the archive's SHA-256 and the preview the source saw. Approving commits it as you (your own preview's digest,
 * your rights); rejecting imports nothing.
 */
export function IncomingPromotionsPage() {
  const [all, setAll] = useState(false);
  const [{ data, error, fetching }, refetch] = useQuery({ query: IncomingPromotionsQuery, variables: { status: all ? null : 'PENDING' }, requestPolicy: 'cache-and-network' });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const promotions = data?.incomingPromotions;
  return (
    <section class="page">
      <div class="page-head">
        <h1>Incoming promotions</h1>
        <label>
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.currentTarget.checked)} /> Show decided ones too
        </label>
      </div>
      {data && !data.promotionApprovalRequired && (
        <p class="muted">This registry does not require approval of promotions: they are committed by the registry that promotes.</p>
      )}
      {fetching && !promotions && <Loading label="Loading incoming promotions" />}
      {error && <ErrorState error={error} retry={reload} />}
      {promotions && promotions.length === 0 && <EmptyState title={all ? 'No promotion was submitted here.' : 'No promotion waits for approval.'} />}
      {promotions && promotions.length > 0 && (
        <div class="card">
          <table class="table incoming-promotions">
            <thead>
              <tr><th scope="col">From</th><th scope="col">Requested</th><th scope="col">Preview</th><th scope="col">Archive SHA-256</th><th scope="col">Status</th><th scope="col">Actions</th></tr>
            </thead>
            <tbody>
              {promotions.map((p) => <IncomingRow key={p.id} promotion={p} onDecided={reload} />)}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function IncomingRow({ promotion: p, onDecided }: { promotion: Incoming; onDecided: () => void }) {
  const client = useClient();
  const [approved, approve] = useMutation(ApprovePromotion);
  const [rejected, reject] = useMutation(RejectPromotion);
  const [previewError, setPreviewError] = useState<CombinedError | null>(null);
  const [busy, setBusy] = useState(false);
  const label = `${p.sourceRegistry.name}, ${formatDate(p.requestedAt)}`;

  async function approveIt() {
    setBusy(true);
    setPreviewError(null);
    // Your own preview: its digest is what the commit must apply (the plan with your rights).
    const preview = await client.query(IncomingPromotionPreview, { id: p.id }, { requestPolicy: 'network-only' }).toPromise();
    const digest = preview.data?.incomingPromotion?.preview?.planDigest;
    if (preview.error || !digest) setPreviewError(preview.error ?? null);
    else if ((await approve({ id: p.id, digest })).data) onDecided();
    setBusy(false);
  }

  async function rejectIt() {
    const reason = window.prompt(`Why reject the promotion from ${p.sourceRegistry.name}? (shown to the source)`) ?? null;
    if ((await reject({ id: p.id, reason: reason || null })).data) onDecided();
  }

  const c = p.counts;
  return (
    <tr data-promotion={p.id}>
      <td>
        {p.sourceRegistry.name} <code>{p.sourceAddress ?? ''}</code>
        <div class="muted">exported by {p.exportedBy.name}; sent as {p.requestedBy.name}</div>
      </td>
      <td>{formatDate(p.requestedAt)}</td>
      <td>{formatCount(c.create)} create, {formatCount(c.replace)} replace, {formatCount(c.ignore)} identical, {formatCount(c.reject)} reject ({formatCount(p.objectCount)} objects)</td>
      <td><code title={p.archiveSha256}>{p.archiveSha256.slice(0, 16)}…</code></td>
      <td>
        {p.status}
        {p.decidedBy && <div class="muted">by {p.decidedBy.name}{p.reason ? `: ${p.reason}` : ''}</div>}
      </td>
      <td>
        {p.status === 'PENDING' && (
          <div class="actions">
            <button type="button" class="primary" aria-label={`Approve ${label}`} disabled={busy || approved.fetching} onClick={approveIt}>
              {busy || approved.fetching ? 'Committing…' : 'Approve'}
            </button>
            <button type="button" aria-label={`Reject ${label}`} disabled={busy || rejected.fetching} onClick={rejectIt}>Reject</button>
          </div>
        )}
        {(previewError || approved.error) && <ErrorState title="Not approved" error={(previewError ?? approved.error)!} />}
        {rejected.error && <ErrorState title="Not rejected" error={rejected.error} />}
      </td>
    </tr>
  );
}
