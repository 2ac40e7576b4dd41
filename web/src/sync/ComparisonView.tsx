import { useMutation, useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import type { ConsoleCompareRemotePackageQuery, SyncDirection, SyncMemberList } from '../gql/graphql';
import { KindBadge } from '../ui/badges';
import { formatDate } from '../ui/format';
import { ErrorState, Loading } from '../ui/states';
import { CompareRemotePackageQuery, SynchronizeRemotePackage } from './queries';
import { SyncStateBadge } from './SyncBadges';
import { allowedDirections, DIRECTION_LABEL, MEMBER_LIST_LABEL } from './syncStates';

type Comparison = ConsoleCompareRemotePackageQuery['compareRemotePackage'];
type Element = Comparison['elements'][number];
type Side = Element['local'];

/**
 * A package compared with its copy on a remote: asked anew each time the screen opens (network-only: a cached
 * comparison would only be refused as stale), with the choices made on it.
 */
export function ComparisonView({ remote, pkg, onStarted }: { remote: string; pkg: string; onStarted: (operationId: string) => void }) {
  const [{ data, error, fetching }, compare] = useQuery({ query: CompareRemotePackageQuery, variables: { remote, package: pkg }, requestPolicy: 'network-only' });
  const again = () => compare({ requestPolicy: 'network-only' });
  if (error && !data) return <ErrorState title="The package was not compared" error={error} retry={again} />;
  const comparison = data?.compareRemotePackage;
  if (!comparison) return <Loading label="Comparing the package on both sides" />;
  // A new comparison (another digest) starts from its own proposals.
  return <ComparisonChoices key={comparison.comparisonDigest} comparison={comparison} comparing={fetching} onCompareAgain={again} onStarted={onStarted} />;
}

function ComparisonChoices(props: { comparison: Comparison; comparing: boolean; onCompareAgain: () => void; onStarted: (operationId: string) => void }) {
  const { comparison, comparing, onCompareAgain, onStarted } = props;
  const [directions, setDirections] = useState<Record<string, SyncDirection>>(() => Object.fromEntries(comparison.elements.map((e) => [e.uuid, e.proposedDirection])));
  const [memberList, setMemberList] = useState<SyncMemberList | ''>('');
  const [started, synchronize] = useMutation(SynchronizeRemotePackage);
  const names = new Map(comparison.elements.map((e) => [e.uuid, e.name]));
  const pkgElement = comparison.elements.find((e) => e.isPackage);
  // memberList decides the package's direction (and, for MERGE, brings the members one side lacks).
  const choices = comparison.elements
    .filter((e) => !(memberList && e.isPackage))
    .map((e) => ({ uuid: e.uuid, direction: directions[e.uuid] ?? 'NONE' }))
    .filter((c) => c.direction !== 'NONE');
  const pulls = choices.filter((c) => c.direction === 'PULL').length;
  const pushes = choices.filter((c) => c.direction === 'PUSH').length;

  async function submit(e: Event) {
    e.preventDefault();
    const result = await synchronize({
      input: { remote: comparison.remoteName, package: comparison.package, comparisonDigest: comparison.comparisonDigest, choices, memberList: memberList || null, wait: false },
    });
    if (result.data) onStarted(result.data.synchronizeRemotePackage.id);
  }

  return (
    <form class="card" aria-labelledby="comparison-title" onSubmit={submit}>
      <div class="card-head">
        <h2 id="comparison-title">{comparison.packageName} here and on {comparison.remoteName}</h2>
        <button type="button" onClick={onCompareAgain} disabled={comparing}>Compare again</button>
      </div>
      <ul class="sync-counts" aria-label="Elements per state">
        {comparison.counts.map((c) => (
          <li key={c.state}>
            <SyncStateBadge state={c.state} /> {c.count}
          </li>
        ))}
      </ul>
      <div class="table-scroll">
        <table class="table sync-comparison" aria-busy={comparing}>
          <caption class="visually-hidden">Elements of {comparison.packageName} compared</caption>
          <thead>
            <tr>
              <th scope="col">Element</th><th scope="col">Kind</th><th scope="col">State</th>
              <th scope="col">Here</th><th scope="col">On the remote</th><th scope="col">Content digests</th><th scope="col">Direction</th>
            </tr>
          </thead>
          <tbody>
            {comparison.elements.map((e) => (
              <ElementRow key={e.uuid} element={e} direction={directions[e.uuid] ?? 'NONE'} decidedByMemberList={Boolean(memberList) && e.isPackage}
                onChange={(d) => setDirections({ ...directions, [e.uuid]: d })} />
            ))}
          </tbody>
        </table>
      </div>
      {pkgElement?.local && pkgElement.remote && <MemberLists comparison={comparison} names={names} memberList={memberList} onChange={setMemberList} />}
      {started.error && <ErrorState title="The synchronization was not started" error={started.error} />}
      <div class="actions">
        <button type="submit" class="primary" disabled={started.fetching || comparing}>Synchronize</button>
        <span class="hint" aria-live="polite">
          {pulls} to pull, {pushes} to push{memberList ? `, member list: ${memberList.toLowerCase()}` : ''}. Nothing is deleted.
        </span>
      </div>
    </form>
  );
}

function ElementRow(props: { element: Element; direction: SyncDirection; decidedByMemberList: boolean; onChange: (direction: SyncDirection) => void }) {
  const { element: e, direction, decidedByMemberList, onChange } = props;
  const allowed = allowedDirections(e.state);
  const selectId = `direction-${e.uuid}`;
  return (
    <tr data-uuid={e.uuid} data-state={e.state}>
      <th scope="row">
        {e.name}
        {e.isPackage && <span class="badge sync-role">package</span>}
        {!e.isPackage && e.isMember && <span class="badge sync-role">member</span>}
        <div class="hint"><code>{e.uuid}</code></div>
      </th>
      <td><KindBadge kind={e.kind} /></td>
      <td><SyncStateBadge state={e.state} /></td>
      <SideCell side={e.local} />
      <SideCell side={e.remote} />
      <td class="digests">
        <Digest label="Here" digest={e.local?.contentDigest} />
        <Digest label="Remote" digest={e.remote?.contentDigest} />
        <Digest label="Last sync" digest={e.lastSyncedDigest} at={e.lastSyncedAt} />
      </td>
      <td>
        <label for={selectId} class="visually-hidden">Direction for {e.name}</label>
        <select id={selectId} value={decidedByMemberList ? '' : direction} disabled={allowed.length < 2 || decidedByMemberList} onChange={(ev) => onChange(ev.currentTarget.value as SyncDirection)}>
          {decidedByMemberList && <option value="">By the member list</option>}
          {allowed.map((d) => (
            <option key={d} value={d}>{DIRECTION_LABEL[d]}{d === e.proposedDirection ? ' — proposed' : ''}</option>
          ))}
        </select>
      </td>
    </tr>
  );
}

function SideCell({ side }: { side: Side }) {
  if (!side) return <td class="hint">Not held</td>;
  return (
    <td>
      {side.version && <div>Version {side.version}</div>}
      <div>{formatDate(side.timestamp)}</div>
    </td>
  );
}

function Digest({ label, digest, at }: { label: string; digest: string | null | undefined; at?: string | null }) {
  return (
    <div>
      <span class="hint">{label}:</span>{' '}
      {digest ? <code title={at ? `${digest}, agreed ${formatDate(at)}` : digest}>{digest.slice(0, 12)}</code> : <span class="hint">—</span>}
    </div>
  );
}

/** The package's member list on both sides, and which list it gets: MERGE when each side holds members the other lacks. */
function MemberLists(props: { comparison: Comparison; names: Map<string, string>; memberList: SyncMemberList | ''; onChange: (choice: SyncMemberList | '') => void }) {
  const { members } = props.comparison;
  const name = (uuid: string) => props.names.get(uuid) ?? uuid;
  const options: SyncMemberList[] = members.mergeOffered ? ['LOCAL', 'REMOTE', 'MERGE'] : ['LOCAL', 'REMOTE'];
  const differ = members.localOnly.length > 0 || members.remoteOnly.length > 0;
  return (
    <fieldset class="sync-members">
      <legend>Member list</legend>
      <p>
        {members.local.length} members here, {members.remote.length} on the remote.{' '}
        {differ ? (members.mergeOffered ? 'Both lists changed: each holds members the other lacks.' : 'The lists differ.') : 'The lists are the same.'}
      </p>
      {members.localOnly.length > 0 && <p>Only here: {members.localOnly.map(name).join(', ')}</p>}
      {members.remoteOnly.length > 0 && <p>Only on the remote: {members.remoteOnly.map(name).join(', ')}</p>}
      <div class="radio-list" role="radiogroup" aria-label="The package’s member list afterwards">
        <label>
          <input type="radio" name="member-list" value="" checked={props.memberList === ''} onChange={() => props.onChange('')} /> As the package’s direction says
        </label>
        {options.map((o) => (
          <label key={o}>
            <input type="radio" name="member-list" value={o} checked={props.memberList === o} onChange={() => props.onChange(o)} /> {MEMBER_LIST_LABEL[o]}
          </label>
        ))}
      </div>
      {props.memberList === 'MERGE' && <p class="hint">Merged list: {members.merged.map(name).join(', ')}</p>}
    </fieldset>
  );
}

