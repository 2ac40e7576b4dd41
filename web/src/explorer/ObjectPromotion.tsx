import { useMutation, useQuery } from '@urql/preact';
import { Fragment } from 'preact';
import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import type { CombinedError } from '@urql/core';
import { OperationProgress, type RemoteOperation } from '../remote/OperationProgress';
import { CommitPromotion, ObjectPromotionQuery, PromoteObjects, RefreshPromotionApproval } from '../remote/queries';
import { formatCount, formatDate } from '../ui/format';
import { EmptyState, ErrorState, Loading } from '../ui/states';

interface Stage {
  uuid: string;
  name: string;
  address: string;
}

interface PathRefusal {
  uuid: string;
  name: string;
  state: string | null;
  allowedStages: { uuid: string; name: string }[];
}

/**
 * Promotion (CentraSite's "Promote"): choose a stage of the object's lifecycle model; the registry at the
 * stage's address previews the object, and "Commit on target" commits exactly that plan there. Below, the
 * promotion trail this registry recorded.
 */
export function ObjectPromotion({ uuid }: { uuid: string }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: ObjectPromotionQuery, variables: { uuid }, requestPolicy: 'cache-and-network' });
  const object = data?.object;
  if (fetching && !data) return <Loading label="Loading the promotion trail" />;
  if (error) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!object) return null;
  const asset = object.__typename === 'Asset' ? object : null;
  const stages = new Map<string, Stage>();
  for (const state of asset?.lifecycleModel?.states ?? []) for (const s of state.stages) stages.set(s.uuid, s);
  const allowed = new Set(asset?.lifecycleState?.stages.map((s) => s.uuid) ?? []);
  return (
    <div class="grid-2">
      {asset && stages.size > 0 && <PromotePanel uuid={uuid} stages={[...stages.values()]} allowed={allowed} onCommitted={() => refetch({ requestPolicy: 'network-only' })} />}
      <div class="card" aria-labelledby="trail-title">
        <h2 id="trail-title">Promotion trail</h2>
        {object.promotionTrail.length === 0 ? (
          <EmptyState title="Never promoted to or from another registry." />
        ) : (
          <table class="table trail">
            <thead>
              <tr><th scope="col">When</th><th scope="col">Direction</th><th scope="col">Registry</th><th scope="col">By</th><th scope="col">Stage</th></tr>
            </thead>
            <tbody>
              {object.promotionTrail.map((step) => (
                <tr key={`${step.at}-${step.archiveSha256}-${step.direction}`}>
                  <td>{formatDate(step.at)}</td>
                  <td>{step.direction === 'TO' ? 'Promoted to' : 'Received from'}</td>
                  <td>
                    {step.registryName} <code title={step.registryUuid}>{step.registryAddress}</code>
                  </td>
                  <td>{step.userName}</td>
                  <td>{step.stageUuid ? stages.get(step.stageUuid)?.name ?? <code>{step.stageUuid}</code> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}

function PromotePanel({ uuid, stages, allowed, onCommitted }: { uuid: string; stages: Stage[]; allowed: Set<string>; onCommitted: () => void }) {
  const [stage, setStage] = useState(stages.find((s) => allowed.has(s.uuid))?.uuid ?? stages[0]!.uuid);
  // The operations are in the address, so a reload (or a link) returns to the preview and its commit.
  const { path, query, route } = useLocation();
  const promotion = query.promotion ?? null;
  const commit = query.commit ?? null;
  const show = (ops: { promotion?: string; commit?: string }) => {
    const search = new URLSearchParams(ops as Record<string, string>);
    route(`${path}${search.size ? `?${search}` : ''}`, true);
  };
  const [promoted, promote] = useMutation(PromoteObjects);
  const [committed, commitOnTarget] = useMutation(CommitPromotion);

  async function submit(e: Event) {
    e.preventDefault();
    show({});
    const result = await promote({ objects: [uuid], stage });
    if (result.data) show({ promotion: result.data.promoteObjects.id });
  }

  async function commitPlan(op: RemoteOperation) {
    const result = await commitOnTarget({ operationId: op.id });
    if (result.data) show({ promotion: op.id, commit: result.data.commitPromotion.id });
  }

  const refusal = pathRefusal(promoted.error);
  return (
    <div class="card" aria-labelledby="promote-title">
      <h2 id="promote-title">Promote</h2>
      <form class="form" onSubmit={submit}>
        <label for="promote-stage">Stage</label>
        <select id="promote-stage" value={stage} onChange={(e) => setStage(e.currentTarget.value)} disabled={promoted.fetching}>
          {stages.map((s) => (
            <option key={s.uuid} value={s.uuid}>
              {s.name} — {s.address}{allowed.has(s.uuid) ? '' : ' (not allowed from the current state)'}
            </option>
          ))}
        </select>
        <div class="actions">
          <button type="submit" class="primary" disabled={promoted.fetching}>{promoted.fetching ? 'Promoting…' : 'Promote'}</button>
        </div>
      </form>
      {refusal ? (
        <div class="state state-error" role="alert">
          <strong>This stage is not on the object’s promotion path</strong>
          <p><code class="error-code">PROMOTION_PATH_NOT_ALLOWED</code></p>
          <ul class="plain-list">
            {refusal.map((r) => (
              <li key={r.uuid}>
                {r.name} ({r.state ? `state ${r.state}` : 'no lifecycle state'}) may be promoted to:{' '}
                {r.allowedStages.length ? r.allowedStages.map((s) => s.name).join(', ') : 'no stage'}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        promoted.error && <ErrorState title="Not promoted" error={promoted.error} />
      )}
      {promotion && (
        <OperationProgress id={promotion} title="Preview on the target">
          {(op) =>
            op.status === 'SUCCEEDED' &&
            (op.approval ? <PendingApproval op={op} onApproved={onCommitted} /> : <PromotionPreview op={op} committing={committed.fetching || commit !== null} onCommit={() => commitPlan(op)} />)}
        </OperationProgress>
      )}
      {committed.error && <ErrorState title="Not committed" error={committed.error} />}
      {commit && (
        <OperationProgress id={commit} title="Commit on the target" onEnded={(op) => op.status === 'SUCCEEDED' && onCommitted()}>
          {(op) => (op.status === 'SUCCEEDED' ? <p role="status">Committed on the target; both registries recorded the promotion.</p> : null)}
        </OperationProgress>
      )}
    </div>
  );
}

const COUNT_LABEL: [string, string][] = [
  ['create', 'Created'],
  ['replace', 'Replaced'],
  ['ignore', 'Identical, left as is'],
  ['reject', 'Rejected'],
  ['skip', 'Skipped'],
];

/** The target's preview: its counts and blocking problems, and the plan digest "Commit on target" commits. */
function PromotionPreview({ op, committing, onCommit }: { op: RemoteOperation; committing: boolean; onCommit: () => void }) {
  const result = op.result as { counts?: Record<string, number>; blocking?: { code: string; message: string }[] } | null;
  const blocking = result?.blocking ?? [];
  return (
    <div>
      <dl class="facts" aria-label="Preview on the target">
        {COUNT_LABEL.map(([key, label]) => (
          <Fragment key={key}>
            <dt>{label}</dt>
            <dd>{formatCount(result?.counts?.[key] ?? 0)}</dd>
          </Fragment>
        ))}
        <dt>Plan digest</dt>
        <dd><code>{op.planDigest}</code></dd>
      </dl>
      {blocking.length > 0 && (
        <div class="state state-error" role="alert">
          <strong>The target cannot commit this plan</strong>
          <ul class="plain-list">
            {blocking.map((b) => (
              <li key={b.code}><code class="error-code">{b.code}</code> {b.message}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="actions">
        <button type="button" class="primary" disabled={committing || blocking.length > 0} onClick={onCommit}>Commit on target</button>
      </div>
    </div>
  );
}

/**
 * A target that requires approval holds the promotion: its preview, where it stands as last asked, and a way
 * to ask again. One of the target's own users approves or rejects it there (its Promotions page).
 */
function PendingApproval({ op, onApproved }: { op: RemoteOperation; onApproved: () => void }) {
  const [refreshed, refresh] = useMutation(RefreshPromotionApproval);
  const approval = refreshed.data?.refreshPromotionApproval.approval ?? op.approval!;
  const result = op.result as { counts?: Record<string, number> } | null;
  async function ask() {
    const answer = await refresh({ operationId: op.id });
    if (answer.data?.refreshPromotionApproval.approval?.status === 'APPROVED') onApproved();
  }
  return (
    <div>
      <dl class="facts" aria-label="Preview on the target">
        {COUNT_LABEL.map(([key, label]) => (
          <Fragment key={key}>
            <dt>{label}</dt>
            <dd>{formatCount(result?.counts?.[key] ?? 0)}</dd>
          </Fragment>
        ))}
      </dl>
      <p role="status">
        {approval.status === 'PENDING' && <>Pending approval on {op.remoteName}: one of its users approves or rejects it there.</>}
        {approval.status === 'APPROVED' && <>Approved on {op.remoteName} by {approval.decidedBy?.name}; both registries recorded the promotion.</>}
        {approval.status === 'REJECTED' && <>Rejected on {op.remoteName} by {approval.decidedBy?.name}{approval.reason ? `: ${approval.reason}` : ''}.</>}
      </p>
      {refreshed.error && <ErrorState title="Not checked" error={refreshed.error} />}
      {approval.status === 'PENDING' && (
        <div class="actions">
          <button type="button" disabled={refreshed.fetching} onClick={ask}>{refreshed.fetching ? 'Checking…' : 'Check approval'}</button>
        </div>
      )}
    </div>
  );
}

function pathRefusal(error: CombinedError | undefined): PathRefusal[] | null {
  const first = error?.graphQLErrors[0];
  if (first?.extensions?.code !== 'PROMOTION_PATH_NOT_ALLOWED') return null;
  const details = first.extensions.details as { objects?: PathRefusal[] } | undefined;
  return details?.objects ?? [];
}
