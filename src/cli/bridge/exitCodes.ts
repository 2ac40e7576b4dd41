/**
 * The exit codes of registry-bridge: terraform's and decK's convention (0 fine, 1 error, 2 changes present),
 * then one code per refusal a pipeline must tell apart. The table is the contract: --help prints it, the README
 * and docs/command-line.md repeat it, tests pin it.
 */
export const ExitCode = {
  OK: 0,
  ERROR: 1,
  CHANGES: 2,
  PLAN_STALE: 3,
  IMPORT_BLOCKED: 4,
  USAGE: 5,
  UNREACHABLE: 6,
  NOT_AUTHORIZED: 7,
  SIGNER_NOT_TRUSTED: 8,
  ARCHIVE_REFUSED: 9,
  CANNOT_DECRYPT: 10,
  STAGED_IMPORT_GONE: 11,
  REMOTE_FAILED: 12,
  /** The shell's code for a process ended by SIGINT (128 + 2). */
  INTERRUPTED: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** What each code means, for --help: one line each. */
export const EXIT_CODE_MEANINGS: readonly [ExitCode, string][] = [
  [ExitCode.OK, 'success; for plan: no changes (or changes without --detailed-exitcode)'],
  [ExitCode.ERROR, 'error not listed below (server fault, interrupted import, unexpected answer)'],
  [ExitCode.CHANGES, 'plan --detailed-exitcode: the plan creates or replaces objects'],
  [ExitCode.PLAN_STALE, 'the registry changed since the plan (or a registry since the sync comparison): plan or compare again and review it'],
  [ExitCode.IMPORT_BLOCKED, 'import blocked: the plan has blocking problems, or --fail-on / --max-* refused it; nothing written'],
  [ExitCode.USAGE, 'bad command line, configuration or plan file (no token, unknown profile, wrong registry, ...)'],
  [ExitCode.UNREACHABLE, 'no registry answered at the URL (network, TLS, not a registry): retry later'],
  [ExitCode.NOT_AUTHORIZED, 'the token is missing, invalid or expired, or lacks a right (UNAUTHENTICATED, FORBIDDEN)'],
  [ExitCode.SIGNER_NOT_TRUSTED, "the registry refused the archive's signer (UNTRUSTED_SIGNER, UNSIGNED_ARCHIVE_REFUSED)"],
  [ExitCode.ARCHIVE_REFUSED, 'the archive is invalid, altered, badly signed, too large or of an unknown format'],
  [ExitCode.CANNOT_DECRYPT, 'the archive cannot be opened: wrong or missing password, or no key for its recipient'],
  [ExitCode.STAGED_IMPORT_GONE, 'the staged import expired, was committed, or is not yours: stage the archive again'],
  [ExitCode.REMOTE_FAILED, 'a remote registry failed or refused (REMOTE_UNREACHABLE, REMOTE_REFUSED with its code, REMOTE_IDENTITY_CHANGED, ...)'],
  [ExitCode.INTERRUPTED, 'interrupted (Ctrl-C); a commit already started goes on in the registry (see history)'],
];

/** The exit-code table as help text. */
export function exitCodesHelp(): string {
  const lines = EXIT_CODE_MEANINGS.map(([code, meaning]) => `  ${String(code).padStart(3)}  ${meaning}`);
  return ['Exit codes:', ...lines].join('\n');
}
