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
  | 'NOT_EDITABLE'
  | 'NOT_REPACKAGEABLE'
  | 'INVALID_TRANSITION'
  | 'PLAN_STALE'
  | 'IMPORT_BLOCKED'
  | 'UNTRUSTED_SIGNER'
  | 'UNSIGNED_ARCHIVE_REFUSED'
  | 'STAGED_IMPORT_EXPIRED';

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

  static invalidTransition(from: string | null, to: string) {
    return new RegistryError(
      'INVALID_TRANSITION',
      `The lifecycle model allows no transition from ${from ?? 'no state'} to ${to}.`,
      { from, to },
    );
  }
}
