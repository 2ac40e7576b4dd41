/**
 * Changes whenever a rule changes what a plan decides. It is part of every plan's key, so a plan kept from an
 * older planner (stored in the database before an upgrade, say) is never shown or applied: it may allow what
 * the current rules refuse. 2: roles and memberships only by administrators; the preview shows only what the
 * importer may view. 3: allowReplace selects older copies by default; keepCurrentOwner keeps an owner whose record
 * is ignored as identical; groups in the archive only for their users follow importUserGroups; reasons start
 * with the decisive one; a registry object of the same kind and name under another UUID is warned of. 4: objects
 * the API's validators refuse are REJECTed (INVALID_OBJECT); timestamps far in the future are warned about or
 * refused (FUTURE_TIMESTAMP). 5: a previous version of another kind, or an asset's of another type, is
 * INVALID_OBJECT; an asset is never checked against an archive copy of its type that is itself invalid. 6: a record
 * of any kind but an organization that names no organization is INVALID_OBJECT, as the API refuses it; a registry
 * policy whose stored condition breaks a bound is not evaluated and vetoes (POLICY_VETO naming the bound).
 */
export const PLANNER_VERSION = 6;
