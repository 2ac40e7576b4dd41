import { compareInstants } from '../../import/planner/rules/timestampRule.js';
import { SyncErrors } from './syncErrors.js';
import { type ElementComparison, type PackageComparison, type SyncChoice, SyncDirection, SyncMemberList } from './syncTypes.js';

/** What a synchronization will do, decided from the reviewed comparison and the person's choices. */
export interface SyncPlan {
  /** Elements copied from the remote to here. */
  pull: string[];
  /** Elements copied from here to the remote. */
  push: string[];
  /** MERGE: the member list the package gets here before it is pushed. */
  mergedMembers: string[] | null;
  /** The direction carried out for each element (PULL, PUSH), by UUID. */
  directions: Map<string, SyncDirection>;
}

/**
 * Turns choices into a plan. An element may be named once; PULL needs a remote copy and PUSH a local one;
 * NONE and unnamed elements stay as they are. memberList LOCAL pushes the package, REMOTE pulls it, MERGE
 * writes the union of both member lists here and pushes the package, pulling the remote-only members and
 * pushing the local-only ones that the other side lacks (a member list never names an absent object).
 */
export function planSync(comparison: PackageComparison, choices: readonly SyncChoice[], memberList: SyncMemberList | null): SyncPlan {
  const byUuid = new Map(comparison.elements.map((e) => [e.uuid, e]));
  const directions = new Map<string, SyncDirection>();
  for (const choice of choices) {
    if (directions.has(choice.uuid)) throw SyncErrors.choiceRefused(choice.uuid, 'it is named more than once');
    const element = byUuid.get(choice.uuid);
    if (!element) throw SyncErrors.choiceRefused(choice.uuid, 'it is not an element of the compared package');
    if (choice.direction === SyncDirection.PULL && !element.remote) throw SyncErrors.choiceRefused(choice.uuid, 'the remote does not hold it');
    if (choice.direction === SyncDirection.PUSH && !element.local) throw SyncErrors.choiceRefused(choice.uuid, 'this registry does not hold it');
    if (choice.direction !== SyncDirection.NONE) refuseEqualTimestamps(element);
    directions.set(choice.uuid, choice.direction);
  }
  let mergedMembers: string[] | null = null;
  if (memberList) {
    const pkg = byUuid.get(comparison.package);
    const needs = memberList === SyncMemberList.REMOTE ? pkg?.remote : pkg?.local;
    if (!needs || (memberList === SyncMemberList.MERGE && !pkg?.remote)) {
      throw SyncErrors.choiceRefused(comparison.package, `memberList ${memberList} needs the package on ${memberList === SyncMemberList.LOCAL ? 'this registry' : memberList === SyncMemberList.REMOTE ? 'the remote' : 'both sides'}`);
    }
    if (memberList !== SyncMemberList.MERGE) refuseEqualTimestamps(pkg!);
    directions.set(comparison.package, memberList === SyncMemberList.REMOTE ? SyncDirection.PULL : SyncDirection.PUSH);
    if (memberList === SyncMemberList.MERGE) {
      mergedMembers = comparison.members.merged;
      for (const uuid of comparison.members.remoteOnly) if (byUuid.get(uuid)?.remote && !byUuid.get(uuid)?.local) directions.set(uuid, SyncDirection.PULL);
      for (const uuid of comparison.members.localOnly) if (byUuid.get(uuid)?.local && !byUuid.get(uuid)?.remote) directions.set(uuid, SyncDirection.PUSH);
    }
  }
  for (const [uuid, direction] of directions) if (direction === SyncDirection.NONE) directions.delete(uuid);
  const only = (d: SyncDirection) => [...directions].filter(([, v]) => v === d).map(([k]) => k);
  return { pull: only(SyncDirection.PULL), push: only(SyncDirection.PUSH), mergedMembers, directions };
}

/**
 * Copying an element over another copy with the same timestamp would do nothing: the import ignores an object
 * whose timestamp the registry already holds (allowReplace covers older copies, not equal ones). Refused up front
 * rather than reported IGNORED after a synchronization the person believed carried out their choice.
 */
function refuseEqualTimestamps(element: ElementComparison): void {
  const { local, remote } = element;
  if (!local || !remote || local.contentDigest === remote.contentDigest) return;
  if (compareInstants(local.timestamp, remote.timestamp) !== 0) return;
  throw SyncErrors.choiceRefused(
    element.uuid,
    `both copies carry the timestamp ${local.timestamp} with other content, and an import ignores a copy whose timestamp the registry holds already; edit the copy to keep (its timestamp moves), compare again and synchronize`,
  );
}
