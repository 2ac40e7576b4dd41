import { createHash } from 'node:crypto';
import { canonicalJson } from '../../archive/contentDigest.js';
import { compareInstants } from '../../import/planner/rules/timestampRule.js';
import {
  type ElementComparison,
  type ManifestElement,
  type MemberListComparison,
  type PackageComparison,
  SyncDirection,
  SyncState,
} from './syncTypes.js';

/** The digest both sides agreed on at the last synchronization, and when. */
export interface LastSync {
  digest: string;
  syncedAt: Date;
}

export interface ComparisonFacts {
  remoteName: string;
  remoteRegistryUuid: string;
  package: string;
  packageName: string;
  local: ManifestElement[];
  remote: ManifestElement[];
  localMembers: string[];
  remoteMembers: string[];
  lastSync: ReadonlyMap<string, LastSync>;
}

/**
 * Decides the state and proposed direction of one element.
 * - Both hold it: SAME when the digests are equal; otherwise whichever side's digest moved away from the last
 *   agreed one changed (both: CONFLICT, proposing NONE: only a person can tell which to keep; with equal timestamps
 *   nothing is proposed, since the import would ignore the copy); never synchronized,
 *   the later timestamp wins, and equal timestamps with other content are a CONFLICT.
 * - One side holds it: new there (REMOTE_ONLY proposes PULL, LOCAL_ONLY PUSH, as Orchestrator brings a package's
 *   new elements), unless it was synchronized before: then the other side dropped it since, and NONE is proposed
 *   (nothing is deleted, nor brought back, unless a person asks).
 */
export function decideState(local: ManifestElement | null, remote: ManifestElement | null, last: LastSync | null): { state: SyncState; proposed: SyncDirection } {
  if (local && remote) {
    if (local.contentDigest === remote.contentDigest) return { state: SyncState.SAME, proposed: SyncDirection.NONE };
    if (last) {
      const localChanged = local.contentDigest !== last.digest;
      const remoteChanged = remote.contentDigest !== last.digest;
      if (localChanged && remoteChanged) return { state: SyncState.CONFLICT, proposed: SyncDirection.NONE };
      // Equal timestamps: a copy would be ignored by the import (syncPlan.ts refuses it), so nothing is proposed.
      const copies = compareInstants(remote.timestamp, local.timestamp) !== 0;
      if (remoteChanged) return { state: SyncState.REMOTE_NEWER, proposed: copies ? SyncDirection.PULL : SyncDirection.NONE };
      return { state: SyncState.LOCAL_NEWER, proposed: copies ? SyncDirection.PUSH : SyncDirection.NONE };
    }
    const order = compareInstants(remote.timestamp, local.timestamp);
    if (order > 0) return { state: SyncState.REMOTE_NEWER, proposed: SyncDirection.PULL };
    if (order < 0) return { state: SyncState.LOCAL_NEWER, proposed: SyncDirection.PUSH };
    return { state: SyncState.CONFLICT, proposed: SyncDirection.NONE };
  }
  if (remote) return { state: SyncState.REMOTE_ONLY, proposed: last ? SyncDirection.NONE : SyncDirection.PULL };
  return { state: SyncState.LOCAL_ONLY, proposed: last ? SyncDirection.NONE : SyncDirection.PUSH };
}

/** The member lists side by side; MERGE is offered when each holds members the other lacks. */
export function compareMembers(local: string[], remote: string[]): MemberListComparison {
  const localSet = new Set(local);
  const remoteSet = new Set(remote);
  const localOnly = local.filter((m) => !remoteSet.has(m));
  const remoteOnly = remote.filter((m) => !localSet.has(m));
  return { local, remote, localOnly, remoteOnly, mergeOffered: localOnly.length > 0 && remoteOnly.length > 0, merged: [...local, ...remoteOnly] };
}

/** The whole comparison, elements sorted by UUID, with the digest a synchronization must present. */
export function comparePackage(facts: ComparisonFacts): PackageComparison {
  const local = new Map(facts.local.map((e) => [e.uuid, e]));
  const remote = new Map(facts.remote.map((e) => [e.uuid, e]));
  const members = new Set([...facts.localMembers, ...facts.remoteMembers]);
  const uuids = [...new Set([...local.keys(), ...remote.keys()])].sort();
  const elements = uuids.map((uuid): ElementComparison => {
    const l = local.get(uuid) ?? null;
    const r = remote.get(uuid) ?? null;
    const last = facts.lastSync.get(uuid) ?? null;
    const { state, proposed } = decideState(l, r, last);
    const shown = r ?? l!;
    return {
      uuid,
      kind: shown.kind,
      name: (l ?? r)!.name,
      state,
      proposedDirection: proposed,
      local: l,
      remote: r,
      lastSyncedDigest: last?.digest ?? null,
      lastSyncedAt: last?.syncedAt ?? null,
      isPackage: uuid === facts.package,
      isMember: members.has(uuid),
    };
  });
  const comparison = {
    remoteName: facts.remoteName,
    remoteRegistryUuid: facts.remoteRegistryUuid,
    package: facts.package,
    packageName: facts.packageName,
    elements,
    members: compareMembers(facts.localMembers, facts.remoteMembers),
  };
  return { ...comparison, comparisonDigest: comparisonDigest(comparison) };
}

/**
 * SHA-256 over what a person reviews: each element's state and both copies (version, timestamp, digest) and the
 * last agreed digest, and the member lists. Any change on either side since changes it. When the last sync was
 * recorded is left out: it changes nothing that was decided.
 */
export function comparisonDigest(comparison: Omit<PackageComparison, 'comparisonDigest'>): string {
  const canonical = {
    remoteRegistryUuid: comparison.remoteRegistryUuid,
    package: comparison.package,
    elements: comparison.elements.map((e) => ({
      uuid: e.uuid,
      state: e.state,
      local: e.local && { version: e.local.version, timestamp: Date.parse(e.local.timestamp), digest: e.local.contentDigest },
      remote: e.remote && { version: e.remote.version, timestamp: Date.parse(e.remote.timestamp), digest: e.remote.contentDigest },
      lastSyncedDigest: e.lastSyncedDigest,
    })),
    members: { local: comparison.members.local, remote: comparison.members.remote },
  };
  return createHash('sha256').update(canonicalJson(canonical)).digest('hex');
}
