import type { ArchiveRecord, NamedRef, RecordLifecycle } from '../../archive/record.js';
import type { ContentFlag, GuardedObject } from '../../auth/accessControl.js';
import { ObjectKind } from '../../domain/objectKind.js';
import { ImportAction, type WriteOutcome } from '../planner/types.js';
import type { ChangeSource } from './changeSources.js';
import { DEFAULT_CHANGE_BOUNDS, type FieldChangeBounds, type FieldChanges, fieldChanges } from './fieldChanges.js';

/** A decision's field changes, and whether attributes were left out because their content is withheld from you. */
export type DecisionChanges = FieldChanges & { contentWithheld: boolean };

/** What the changes of a decision depend on. */
export interface DecisionFacts {
  action: ImportAction;
  /** The registry's copy as the planner saw it (null: absent, or hidden from the importer). */
  existing: { timestamp: string } | null;
  outcome: WriteOutcome | null;
}

/** What the caller may see (AccessControl, and the staged archive's viewContent for the caller). */
export interface ChangeViewer {
  canView(o: GuardedObject): boolean;
  canViewContent(o: GuardedObject & ContentFlag): boolean;
  archiveContentReadable: boolean;
}

/** The owner and lifecycle state a REPLACE writes, named (the caller looks the names up). */
export interface WrittenLinks {
  owner: NamedRef | null;
  lifecycle: RecordLifecycle | null;
}

/** Whether a decision has field changes to show: one that compares with a registry copy the caller may see. */
export function showsChanges(d: DecisionFacts): boolean {
  return d.existing !== null && (d.action === ImportAction.REPLACE || d.action === ImportAction.IGNORE || d.action === ImportAction.REJECT);
}

/**
 * The field changes of one decision, or null when there is nothing to compare: CREATE (no registry copy), SKIP
 * (nothing will be written, and a hidden object is skipped too), a registry copy the caller may not view.
 * REPLACE compares the registry's copy with what the import writes (owner and state included); IGNORE and REJECT
 * with the archive's copy, content only (what the content digest covers), so identical content lists nothing.
 * Attributes are compared only when the caller may read both copies' content (the one content rule), else
 * `contentWithheld` says they were left out: neither value, nor whether they differ, is shown.
 */
export function decisionChanges(
  decision: DecisionFacts,
  source: ChangeSource,
  viewer: ChangeViewer,
  written: WrittenLinks | null,
  bounds: FieldChangeBounds = DEFAULT_CHANGE_BOUNDS,
): DecisionChanges | null {
  const { staged, registry } = source;
  if (!showsChanges(decision) || !staged || !registry || !viewer.canView(registry.guard)) return null;
  const attributes = viewer.archiveContentReadable && viewer.canViewContent(registry.guard);
  const replace = decision.action === ImportAction.REPLACE && decision.outcome !== null;
  const after = replace ? writtenRecord(staged, decision.outcome!, written) : staged;
  const changes = fieldChanges(registry.record, after, { attributes, ownership: replace }, bounds);
  return { ...changes, contentWithheld: !attributes };
}

/** The record a REPLACE writes: the archive's, with the owner, state, version link, attributes and groups decided. */
export function writtenRecord(staged: ArchiveRecord, outcome: WriteOutcome, links: WrittenLinks | null): ArchiveRecord {
  const fields = staged.kind === ObjectKind.USER && outcome.groups ? ({ ...staged.fields, groups: outcome.groups } as ArchiveRecord['fields']) : staged.fields;
  return {
    ...staged,
    owner: links?.owner ?? { uuid: outcome.ownerUuid, name: '' },
    lifecycle: outcome.lifecycle ? (links?.lifecycle ?? { model: outcome.lifecycle.model, state: outcome.lifecycle.state, stateName: '', stageAddresses: [] }) : null,
    previousVersion: outcome.previousVersion,
    attributes: outcome.attributes ?? staged.attributes,
    fields,
  };
}
