/**
 * The vocabulary of package synchronization, free of GraphQL: what each side holds of a package's elements, how
 * they compare, what a person chose, and what came of it.
 */

/** How one element stands between this registry (local) and the remote. */
export enum SyncState {
  /** Both copies have the same content digest. */
  SAME = 'SAME',
  /** Only the remote copy changed since the last synchronization (or, never synchronized, it is newer). */
  REMOTE_NEWER = 'REMOTE_NEWER',
  /** Only the local copy changed since the last synchronization (or, never synchronized, it is newer). */
  LOCAL_NEWER = 'LOCAL_NEWER',
  /** Both changed since the last synchronization (or, never synchronized, same timestamp and other content). */
  CONFLICT = 'CONFLICT',
  /** Only the remote holds it (a new element: only a package sync brings it). */
  REMOTE_ONLY = 'REMOTE_ONLY',
  /** Only this registry holds it. */
  LOCAL_ONLY = 'LOCAL_ONLY',
}

export enum SyncDirection {
  /** Copy the remote's element here (remote export → staging here → planner → commit here). */
  PULL = 'PULL',
  /** Copy this registry's element to the remote (export here → staging there → its planner → commit there). */
  PUSH = 'PUSH',
  NONE = 'NONE',
}

/** Which member list the package has on both sides afterwards. */
export enum SyncMemberList {
  /** This registry's list (the package is pushed). */
  LOCAL = 'LOCAL',
  /** The remote's list (the package is pulled). */
  REMOTE = 'REMOTE',
  /** The union of both lists, written here and pushed (Orchestrator's "Merge"). */
  MERGE = 'MERGE',
}

/** What happened to an element on one side. */
export enum SyncOutcome {
  CREATED = 'CREATED',
  REPLACED = 'REPLACED',
  /** The planner left it as it was (e.g. identical timestamp). */
  IGNORED = 'IGNORED',
  /** The planner refused it; its reasons are on the import record. */
  REJECTED = 'REJECTED',
  SKIPPED = 'SKIPPED',
  /** The package's member list became the union of both. */
  MERGED = 'MERGED',
  /** Nothing was asked of this side. */
  UNCHANGED = 'UNCHANGED',
  /** The step on this side failed: nothing of it was written. */
  FAILED = 'FAILED',
}

/** One element as a registry describes it for synchronization (packageSyncManifest). */
export interface ManifestElement {
  uuid: string;
  kind: string;
  name: string;
  version: string | null;
  /** ISO instant of its last change. */
  timestamp: string;
  /** contentDigest of its archive record: equal on both registries exactly when their content is. */
  contentDigest: string;
}

/** A package and every element its closure brings (the export's closure), as one registry holds them. */
export interface SyncManifest {
  registryUuid: string;
  package: string;
  packageName: string;
  members: string[];
  elements: ManifestElement[];
}

export interface ElementComparison {
  uuid: string;
  kind: string;
  name: string;
  state: SyncState;
  proposedDirection: SyncDirection;
  local: ManifestElement | null;
  remote: ManifestElement | null;
  lastSyncedDigest: string | null;
  lastSyncedAt: Date | null;
  /** The package itself. */
  isPackage: boolean;
  /** Listed as a member of the package on either side. */
  isMember: boolean;
}

export interface MemberListComparison {
  local: string[];
  remote: string[];
  localOnly: string[];
  remoteOnly: string[];
  /** Both lists hold members the other lacks: MERGE (their union) is offered. */
  mergeOffered: boolean;
  /** The union: this registry's list, then the remote-only members. */
  merged: string[];
}

export interface PackageComparison {
  remoteName: string;
  remoteRegistryUuid: string;
  package: string;
  packageName: string;
  /** Sorted by UUID. */
  elements: ElementComparison[];
  members: MemberListComparison;
  /** SHA-256 over the canonical comparison: synchronizeRemotePackage refuses (SYNC_COMPARISON_STALE) any other. */
  comparisonDigest: string;
}

export interface SyncChoice {
  uuid: string;
  direction: SyncDirection;
}

export interface ElementOutcome {
  uuid: string;
  kind: string;
  name: string;
  direction: SyncDirection;
  local: SyncOutcome;
  remote: SyncOutcome;
}

/** The result of a SYNC_PACKAGE operation (kept in the operation's result). */
export interface PackageSyncResult extends Record<string, unknown> {
  package: string;
  comparisonDigest: string;
  elements: ElementOutcome[];
  /** The commit here that applied the pulled elements, if any. */
  localImportRecordId: string | null;
  /** The commit on the remote that applied the pushed elements, if any. */
  remoteImportRecordId: string | null;
  /** MERGE: the member list both packages now have. */
  mergedMembers: string[] | null;
  /** Elements whose agreed digest was recorded (they are SAME now). */
  recorded: number;
  /** False when a step failed after another side committed: the elements' outcomes say what landed where. */
  complete: boolean;
}
