import type { KindFieldsMap } from '../../../domain/kindFields.js';
import { ObjectKind } from '../../../domain/objectKind.js';
import type { PlanContext, PlanRun } from '../planContext.js';
import { Flag, type PlanSkeleton } from '../planSkeleton.js';
import { Reasons } from '../reasonCodes.js';

/**
 * A written user keeps the memberships whose group will exist here (in the registry, or written by this import:
 * with importUserGroups its user-defined groups were pulled in by the dependency rule). The others are dropped.
 */
export function userGroupsRule(ctx: PlanContext): void {
  for (const entry of ctx.entries) {
    if (!entry.outcome || entry.record.kind !== ObjectKind.USER) continue;
    const groups = (entry.record.fields as KindFieldsMap['USER']).groups;
    const kept: string[] = [];
    const dropped: string[] = [];
    for (const group of new Set(groups)) (ctx.existsAfter(group) ? kept : dropped).push(group);
    entry.outcome.groups = kept;
    if (dropped.length > 0) {
      const refs = dropped.map((uuid) => ctx.ref(uuid));
      ctx.report(entry, Reasons.groupMembershipDropped(refs, !ctx.options.importUserGroups && dropped.some((g) => ctx.archive(g))));
    }
  }
}

/*
 * A user-defined group that is in the archive only because a user of the archive belongs to it (the export
 * follows a user's memberships) is the user's, as the seed's "Import groups that the user belongs to" option
 * says: without importUserGroups it is not imported by default (the membership is dropped); with it, it comes
 * with the user (the membership link pulls it in) and only then. A group the export was asked for, one of a
 * complete organization, or one another archive object needs is imported as any object. System groups never are
 * (systemGroupRule).
 */

/** Pass A: what decides whether a group of the page, or a group a user of the page lists, is only a user's. */
export function markUserGroups(ctx: PlanContext): void {
  const { skeleton, exported, completeOrganization } = ctx.run;
  for (const entry of ctx.entries) {
    const { record } = entry;
    if (record.kind === ObjectKind.GROUP) {
      const system = (record.fields as KindFieldsMap['GROUP']).system || entry.existing?.system === true;
      const chosen = exported?.has(record.uuid) === true;
      const ofOrganization = completeOrganization !== null && record.organization?.uuid === completeOrganization;
      if (!system && !chosen && !ofOrganization) skeleton.set(entry.index, Flag.GROUP_CANDIDATE);
    }
    if (record.kind === ObjectKind.USER) {
      for (const group of (record.fields as KindFieldsMap['USER']).groups) {
        const i = skeleton.index(group);
        if (i !== undefined && i !== entry.index) skeleton.set(i, Flag.USER_LISTED);
      }
    }
    for (const link of entry.links) {
      if (link.required && link.entry && link.entry.index !== entry.index) skeleton.set(link.entry.index, Flag.LINKED);
    }
  }
}

/** Whether the archive holds this object only because users of the archive belong to it (after pass A). */
export function isUsersGroupOnly(skeleton: PlanSkeleton, i: number): boolean {
  return (
    skeleton.has(i, Flag.GROUP_CANDIDATE) &&
    skeleton.has(i, Flag.USER_LISTED) &&
    !skeleton.has(i, Flag.LINKED)
  );
}

/** Between the passes: such groups are not selected by default (the closure pulls them with their users). */
export function deselectUsersGroups(run: PlanRun): void {
  const { skeleton } = run;
  for (let i = 0; i < skeleton.size; i++) {
    if (!isUsersGroupOnly(skeleton, i)) continue;
    skeleton.clear(i, Flag.SELECTED_BY_DEFAULT);
    if (run.selection === null) skeleton.clear(i, Flag.SELECTED);
  }
}

/** Pass B, after the selection rule: the page's entries agree with deselectUsersGroups. */
export function usersGroupSelection(ctx: PlanContext): void {
  for (const entry of ctx.entries) {
    if (!isUsersGroupOnly(ctx.run.skeleton, entry.index)) continue;
    entry.selectedByDefault = false;
    if (ctx.run.selection === null) entry.selected = false;
  }
}
