import { writes } from './planContext.js';
import { ImportAction } from './types.js';

/**
 * What an object finally becomes: the one place where the timestamps, the selection and the dependencies meet.
 *
 * 1. The timestamps say what writing the archive's copy would do (rules/timestampRule.ts): absent from the
 *    registry CREATE, newer REPLACE, identical IGNORE, older REJECT (REPLACE with allowReplace).
 * 2. The selection says which would-be writes the user wants (rules/selectionRule.ts: absent and newer objects by
 *    default, older ones too with allowReplace; an explicit selection exactly; rules/userGroupsRule.ts may
 *    deselect a user's groups).
 * 3. The closure (closure.ts) follows the selected would-be writes through the links that pull (a required link
 *    to an object only the archive has, a user's group membership), runs each reached object's own checks
 *    (permission, stage, references, validation, policy…), lets an object die with a dead required target, and
 *    marks `written` what selected survivors reach.
 *
 * Then, per object:
 * - written, or the timestamps would not write it (IGNORE, REJECT): the timestamps' action;
 * - reached by the closure but failed an own check: that check's action (SKIP or REJECT);
 * - otherwise (not selected, or died with a dependency): SKIP.
 *
 * @param timestampAction what the timestamps alone would do (step 1)
 * @param written whether the closure writes it (step 3)
 * @param failure the action of the first own check it failed, when the closure reached it; else null
 */
export function finalAction(timestampAction: ImportAction, written: boolean, failure: ImportAction | null): ImportAction {
  if (written || !writes(timestampAction)) return timestampAction;
  if (failure) return failure;
  return ImportAction.SKIP;
}
