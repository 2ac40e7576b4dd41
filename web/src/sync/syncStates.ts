import type { SyncDirection, SyncMemberList, SyncOutcome, SyncState } from '../gql/graphql';

/** How each state reads on screen, and what it means. */
export const STATE_LABEL: Record<SyncState, { label: string; hint: string }> = {
  SAME: { label: 'Same', hint: 'Both copies have the same content' },
  REMOTE_NEWER: { label: 'Remote newer', hint: 'Only the remote copy changed since the last synchronization' },
  LOCAL_NEWER: { label: 'Local newer', hint: 'Only this registry’s copy changed since the last synchronization' },
  CONFLICT: { label: 'Conflict', hint: 'Both copies changed since the last synchronization: choose which to keep' },
  REMOTE_ONLY: { label: 'Remote only', hint: 'Only the remote holds it' },
  LOCAL_ONLY: { label: 'Local only', hint: 'Only this registry holds it' },
};

export const DIRECTION_LABEL: Record<SyncDirection, string> = {
  PULL: 'Pull (remote → here)',
  PUSH: 'Push (here → remote)',
  NONE: 'None (leave both)',
};

/**
 * The directions that make sense for a state: the side that changed (or the only holder) may be copied over,
 * both ways for a conflict, and nothing else (pushing an older copy over a newer one would only be refused by
 * the other side's planner).
 */
export function allowedDirections(state: SyncState): SyncDirection[] {
  switch (state) {
    case 'SAME':
      return ['NONE'];
    case 'REMOTE_NEWER':
    case 'REMOTE_ONLY':
      return ['PULL', 'NONE'];
    case 'LOCAL_NEWER':
    case 'LOCAL_ONLY':
      return ['PUSH', 'NONE'];
    case 'CONFLICT':
      return ['NONE', 'PULL', 'PUSH'];
  }
}

export const MEMBER_LIST_LABEL: Record<SyncMemberList, string> = {
  LOCAL: 'This registry’s list (the package is pushed)',
  REMOTE: 'The remote’s list (the package is pulled)',
  MERGE: 'Merge: the union of both lists, written here and pushed',
};

export const OUTCOME_HINT: Record<SyncOutcome, string> = {
  CREATED: 'Created',
  REPLACED: 'Replaced',
  IGNORED: 'Left as it was by the planner (identical timestamp)',
  REJECTED: 'Refused by the planner: its reasons are on the import record',
  SKIPPED: 'Not imported',
  MERGED: 'The member list became the union of both',
  UNCHANGED: 'Nothing was asked of this side',
  FAILED: 'The step on this side failed: nothing of it was written',
};
