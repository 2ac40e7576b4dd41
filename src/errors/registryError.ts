/**
 * Transport-neutral failures of the domain. Each has a stable code that the GraphQL layer exposes as
 * `extensions.code`; messages are written once, here, through named factories.
 */
export type RegistryErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'VALIDATION_FAILED'
  | 'CONFLICT'
  | 'POLICY_VETO'
  | 'POLICY_CONDITION_TOO_COMPLEX'
  | 'STORED_POLICY_TOO_COMPLEX'
  | 'NOT_EDITABLE'
  | 'NOT_REPACKAGEABLE'
  | 'INVALID_TRANSITION'
  | 'PLAN_STALE'
  | 'IMPORT_BLOCKED'
  | 'UNTRUSTED_SIGNER'
  | 'UNSIGNED_ARCHIVE_REFUSED'
  | 'STAGED_IMPORT_EXPIRED'
  | 'IMPORT_INTERRUPTED'
  | 'OBJECT_CHANGED'
  | 'IMPORT_ALREADY_COMMITTED';

export class RegistryError extends Error {
  constructor(
    readonly code: RegistryErrorCode | string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'RegistryError';
  }

  static unauthenticated(why = 'A valid bearer token is required (Authorization: Bearer <token>).') {
    return new RegistryError('UNAUTHENTICATED', why);
  }

  static forbidden(action: string, target?: string) {
    return new RegistryError('FORBIDDEN', `Not allowed to ${action}${target ? ` (${target})` : ''}.`, {
      action,
      ...(target ? { target } : {}),
    });
  }

  /** The caller lacks VIEW on objects an operation needs (an export needs VIEW on every object it writes). */
  static forbiddenObjects(action: string, uuids: string[]) {
    return new RegistryError(
      'FORBIDDEN',
      `Not allowed to ${action}: you may not view ${uuids.length} object(s): ${uuids.slice(0, 10).join(', ')}`,
      { action, uuids },
    );
  }

  /**
   * The caller may view these objects but not read their content: the archive they came from withheld it
   * (viewContent false), and an archive would hand it over. Administrators may.
   */
  static contentWithheld(action: string, uuids: string[]) {
    return new RegistryError(
      'FORBIDDEN',
      `Not allowed to ${action}: the content of ${uuids.length} object(s) is withheld from you (imported from an archive ` +
        `without viewContent; an administrator may): ${uuids.slice(0, 10).join(', ')}`,
      { action, uuids, reason: 'CONTENT_WITHHELD' },
    );
  }

  static notFound(what: string, id: string) {
    return new RegistryError('NOT_FOUND', `${what} ${id} does not exist or is not visible to you.`, { id });
  }

  static badInput(message: string, details: Record<string, unknown> = {}) {
    return new RegistryError('BAD_USER_INPUT', message, details);
  }

  static validation(problems: { path: string; message: string }[]) {
    const summary = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    return new RegistryError('VALIDATION_FAILED', `Invalid object: ${summary}`, { problems });
  }

  static conflict(message: string, details: Record<string, unknown> = {}) {
    return new RegistryError('CONFLICT', message, details);
  }

  /**
   * A write found the row it meant to change gone or changed since it was read (another writer, an import): it
   * changed nothing, and says so rather than answering success. Read the object again and retry.
   */
  static objectChanged(what: string, id: string) {
    return new RegistryError(
      'OBJECT_CHANGED',
      `${what} ${id} changed or disappeared while this write ran; nothing was written. Read it again and retry.`,
      { id },
    );
  }

  /** The staged import was already committed (on this replica or another): it applies once. */
  static importAlreadyCommitted(stagedImportId: string, committedBy: string, importId: string) {
    return new RegistryError(
      'IMPORT_ALREADY_COMMITTED',
      `Staged import ${stagedImportId} was already committed by import ${committedBy}; nothing was written.`,
      { stagedImportId, committedBy, importRecordId: importId },
    );
  }

  /** A policy condition beyond a bound of policies/conditionBounds.ts, naming the limit and its value. */
  static policyConditionTooComplex(why: string, limit: string, value: number) {
    return new RegistryError('POLICY_CONDITION_TOO_COMPLEX', `The policy's condition is too complex: it ${why}.`, { limit, value });
  }

  /** A stored policy (from before the bounds) applies to the change but breaks a bound: refused, not evaluated. */
  static storedPolicyTooComplex(policyName: string, policyUuid: string, why: string, limit: string, value: number) {
    return new RegistryError(
      'STORED_POLICY_TOO_COMPLEX',
      `Policy "${policyName}" applies to the change, but its stored condition ${why}: it is not evaluated, and the change is refused until an administrator simplifies it.`,
      { policyUuid, policyName, limit, value },
    );
  }

  static policyVeto(policyName: string, message: string, policyUuid: string) {
    return new RegistryError('POLICY_VETO', `Policy "${policyName}" rejected the change: ${message}`, {
      policyUuid,
      policyName,
    });
  }

  static notEditable(uuid: string) {
    return new RegistryError(
      'NOT_EDITABLE',
      `Object ${uuid} was imported from an archive that does not allow editing.`,
      { uuid },
    );
  }

  static notRepackageable(uuids: string[]) {
    return new RegistryError(
      'NOT_REPACKAGEABLE',
      `Cannot export ${uuids.length} object(s) imported from a non-re-packageable archive: ${uuids.slice(0, 10).join(', ')}`,
      { uuids },
    );
  }

  /** The registry changed since the preview: the plan about to be applied is not the one reviewed. */
  static planStale(expected: string, actual: string, importId: string) {
    return new RegistryError(
      'PLAN_STALE',
      `The registry changed since the preview: the plan digest is now ${actual}, not ${expected}. Preview again.`,
      { expectedPlanDigest: expected, planDigest: actual, importRecordId: importId },
    );
  }

  /** The plan has problems that fail the whole import (e.g. an owner found nowhere): nothing is written. */
  static importBlocked(problems: { code: string; message: string }[], importId: string) {
    const summary = problems.map((p) => `${p.code}: ${p.message}`).join('; ');
    return new RegistryError('IMPORT_BLOCKED', `The import cannot proceed, nothing was written: ${summary}`, {
      problems,
      importRecordId: importId,
    });
  }

  /** The plan breaks what the committer expected of it (actions it forbade, counts it capped): nothing is written. */
  static expectationBroken(breaches: { action: string; count: number; limit: number }[], importId: string) {
    const summary = breaches.map((b) => `${b.count} ${b.action} (at most ${b.limit})`).join(', ');
    return new RegistryError('IMPORT_BLOCKED', `The plan breaks the expectation, nothing was written: ${summary}.`, {
      problems: [],
      breaches,
      importRecordId: importId,
    });
  }

  static untrustedSigner(signer: string | null) {
    const what = signer ? `its signer ${signer} is not a trusted provider` : 'it is unsigned';
    return new RegistryError(
      'UNTRUSTED_SIGNER',
      `This registry requires a trusted signer and ${what}; an administrator may commit it with trustProvider.`,
      { signer },
    );
  }

  /** A RUNNING import whose process stopped (crash, kill): its transaction was rolled back by the database. */
  static importInterrupted(importId: string) {
    return new RegistryError(
      'IMPORT_INTERRUPTED',
      `Import ${importId} was interrupted (the server stopped while it ran); its transaction was rolled back, nothing was written.`,
      { importRecordId: importId },
    );
  }

  static invalidTransition(from: string | null, to: string) {
    return new RegistryError(
      'INVALID_TRANSITION',
      `The lifecycle model allows no transition from ${from ?? 'no state'} to ${to}.`,
      { from, to },
    );
  }
}
