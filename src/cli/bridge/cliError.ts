import { ExitCode } from './exitCodes.js';

/**
 * Every failure registry-bridge reports: a stable `code` (the registry's `extensions.code`, or one of ours), a
 * message, what to do about it (`hint`), the exit code, and details shown with --verbose and in --json output.
 * Each of our own is written once, in a factory below; the registry's are mapped in connection/serverErrors.ts.
 */
export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode: ExitCode,
    readonly hint: string,
    readonly details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CliError';
  }

  /** The same failure with other details merged in (a FAILED import record's id, the HTTP status, ...). */
  withDetails(details: Record<string, unknown>): CliError {
    return new CliError(this.code, this.message, this.exitCode, this.hint, { ...this.details, ...details }, { cause: this.cause });
  }

  static usage(message: string, hint = 'See registry-bridge <command> --help.'): CliError {
    return new CliError('USAGE', message, ExitCode.USAGE, hint);
  }

  static noRegistry(): CliError {
    return new CliError('NO_REGISTRY', 'No registry to talk to.', ExitCode.USAGE,
      'Give --registry URL, or --profile NAME from the configuration file, or set its defaultProfile.');
  }

  static noToken(): CliError {
    return new CliError('NO_TOKEN', 'No token.', ExitCode.USAGE,
      "Set REGISTRY_TOKEN, or give --token-file FILE, or a tokenFile in the profile (a token is never a flag's value: it would show in ps).");
  }

  static config(file: string, problem: string): CliError {
    return new CliError('CONFIG_INVALID', `The configuration file ${file} is invalid: ${problem}`, ExitCode.USAGE,
      'Fix the file (see docs/command-line.md, "Profiles"), or point REGISTRY_BRIDGE_CONFIG at another one.', { file });
  }

  static unknownProfile(name: string, file: string, known: string[]): CliError {
    return new CliError('PROFILE_UNKNOWN', `No profile "${name}" in ${file}.`, ExitCode.USAGE,
      known.length ? `Known profiles: ${known.join(', ')}.` : 'The file defines no profiles.', { profile: name, file });
  }

  static unreadableFile(what: string, file: string, cause: unknown): CliError {
    const reason = (cause as NodeJS.ErrnoException)?.code ?? (cause instanceof Error ? cause.message : String(cause));
    return new CliError('FILE_UNREADABLE', `Cannot read the ${what} ${file} (${reason}).`, ExitCode.USAGE,
      'Check the path and its permissions.', { file }, { cause });
  }

  static unwritableFile(what: string, file: string, cause: unknown): CliError {
    const reason = (cause as NodeJS.ErrnoException)?.code ?? (cause instanceof Error ? cause.message : String(cause));
    return new CliError('FILE_UNWRITABLE', `Cannot write the ${what} ${file} (${reason}).`, ExitCode.USAGE,
      'Check the path and its permissions.', { file }, { cause });
  }

  static planFile(file: string, problem: string): CliError {
    return new CliError('PLAN_FILE_INVALID', `${file} is not a plan file of registry-bridge: ${problem}`, ExitCode.USAGE,
      'Give the file written by registry-bridge plan --out, unchanged.', { file });
  }

  static wrongRegistry(file: string, planned: { uuid: string; name: string }, actual: { uuid: string; name: string }): CliError {
    return new CliError('WRONG_REGISTRY',
      `${file} was planned on registry "${planned.name}" (${planned.uuid}), not on "${actual.name}" (${actual.uuid}).`,
      ExitCode.USAGE, 'Apply it with the --registry or --profile it was planned with.', { planned, actual });
  }

  static unreachable(url: string, cause: unknown): CliError {
    const reason = causeText(cause);
    return new CliError('REGISTRY_UNREACHABLE', `No answer from ${url}: ${reason}.`, ExitCode.UNREACHABLE,
      'Check the URL (it ends in /graphql) and that the registry is up, then retry.', { url }, { cause });
  }

  static notARegistry(url: string, status: number, contentType: string | null): CliError {
    return new CliError('NOT_A_REGISTRY', `${url} answered HTTP ${status} (${contentType ?? 'no content type'}), not GraphQL.`,
      ExitCode.UNREACHABLE, 'Check the URL: it is the registry\'s GraphQL endpoint, ending in /graphql.', { url, status });
  }

  static stagedImportGone(id: string): CliError {
    return new CliError('STAGED_IMPORT_GONE', `Staged import ${id} is gone: it expired, was committed, or is not yours.`,
      ExitCode.STAGED_IMPORT_GONE, 'Stage the archive again (registry-bridge plan FILE --out plan.json) and review the new plan.', { id });
  }

  static blocked(problems: { code: string; message: string }[]): CliError {
    const summary = problems.map((p) => `${p.code}: ${p.message}`).join('; ');
    return new CliError('IMPORT_BLOCKED', `The plan is blocked, nothing was written: ${summary}`, ExitCode.IMPORT_BLOCKED,
      'Fix what the blocking problems name (a selection of unknown UUIDs, an owner found nowhere, ...) and plan again.', { problems });
  }

  static guard(violations: string[]): CliError {
    return new CliError('GUARD_FAILED', `The plan fails the guard, nothing was written: ${violations.join('; ')}.`,
      ExitCode.IMPORT_BLOCKED, 'Review the plan (registry-bridge plan); change the selection or options, or the guard.', { violations });
  }

  static downloadFailed(url: string, why: string): CliError {
    return new CliError('DOWNLOAD_FAILED', `Downloading ${url} failed: ${why}.`, ExitCode.ERROR,
      'Export again; the archive is kept on the registry until it expires.', { url });
  }

  static interrupted(importRecordId: string): CliError {
    return new CliError('INTERRUPTED', `Interrupted while following import ${importRecordId}; it goes on in the registry.`,
      ExitCode.INTERRUPTED, `registry-bridge history ${importRecordId} shows how it ends.`, { importRecordId });
  }

  static unexpected(cause: unknown): CliError {
    return new CliError('UNEXPECTED', `Unexpected failure: ${causeText(cause)}`, ExitCode.ERROR,
      'Run again with --verbose and report what it prints.', {}, { cause });
  }
}

/** The innermost useful reason of a failure: fetch wraps the socket's error in `cause`. */
function causeText(error: unknown): string {
  let current: unknown = error;
  let text = error instanceof Error ? error.message : String(error);
  while (current instanceof Error && current.cause) {
    current = current.cause;
    const code = (current as NodeJS.ErrnoException).code;
    text = code ? `${code}${current instanceof Error && current.message ? ` (${current.message})` : ''}` : current instanceof Error ? current.message : String(current);
  }
  return text;
}
