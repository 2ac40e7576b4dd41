import { CliError } from '../cliError.js';
import { ExitCode } from '../exitCodes.js';

/** An error of a GraphQL response, as the registry sends it (always with extensions.code). */
export interface ServerError {
  message: string;
  extensions?: { code?: string; details?: Record<string, unknown>; [key: string]: unknown };
}

interface Meaning {
  exit: ExitCode;
  hint: string;
}

const ARCHIVE_REFUSED: Meaning = {
  exit: ExitCode.ARCHIVE_REFUSED,
  hint: "Export the archive again and transfer it unchanged (compare its SHA-256 with the export's).",
};
const NOT_AUTHORIZED: Meaning = {
  exit: ExitCode.NOT_AUTHORIZED,
  hint: 'Use a token of a user who has the right (ask an administrator to grant it).',
};

const REMOTE_FAILED: Meaning = {
  exit: ExitCode.REMOTE_FAILED,
  hint: 'The remote registry failed or refused (details.side, details.remoteCode): check it with registry-bridge remote test NAME, then retry.',
};

/** What the registry's codes mean for a pipeline: the exit code, and what to do. */
const MEANINGS: Record<string, Meaning> = {
  UNAUTHENTICATED: {
    exit: ExitCode.NOT_AUTHORIZED,
    hint: 'Give a valid, unexpired token: REGISTRY_TOKEN, --token-file FILE, or the profile\'s tokenFile.',
  },
  FORBIDDEN: NOT_AUTHORIZED,
  PLAN_STALE: { exit: ExitCode.PLAN_STALE, hint: 'Run registry-bridge plan again, review the new plan, and apply that one.' },
  IMPORT_BLOCKED: {
    exit: ExitCode.IMPORT_BLOCKED,
    hint: 'Fix what the blocking problems name (registry-bridge plan lists them) and plan again.',
  },
  UNTRUSTED_SIGNER: {
    exit: ExitCode.SIGNER_NOT_TRUSTED,
    hint: "An administrator may trust the signer (registry-bridge trust add CERT.pem) or plan and apply with --trust-provider.",
  },
  UNSIGNED_ARCHIVE_REFUSED: { exit: ExitCode.SIGNER_NOT_TRUSTED, hint: 'Export the archive signed (registry-bridge export signs by default).' },
  ARCHIVE_MALFORMED: ARCHIVE_REFUSED,
  ARCHIVE_TRUNCATED: ARCHIVE_REFUSED,
  ARCHIVE_LIMIT_EXCEEDED: { exit: ExitCode.ARCHIVE_REFUSED, hint: 'Export less at a time, or ask the operator to raise the limit named.' },
  ARCHIVE_ENTRY_MISSING: ARCHIVE_REFUSED,
  ARCHIVE_ENTRY_UNEXPECTED: ARCHIVE_REFUSED,
  ARCHIVE_ENTRY_DUPLICATE: ARCHIVE_REFUSED,
  ARCHIVE_UNSAFE_ENTRY_NAME: ARCHIVE_REFUSED,
  ENTRY_DIGEST_MISMATCH: ARCHIVE_REFUSED,
  MANIFEST_INVALID: ARCHIVE_REFUSED,
  RECORD_INVALID: ARCHIVE_REFUSED,
  SIGNATURE_INVALID: ARCHIVE_REFUSED,
  FORMAT_VERSION_UNSUPPORTED: { exit: ExitCode.ARCHIVE_REFUSED, hint: 'Upgrade this registry, or export from a registry of its version.' },
  WRONG_PASSWORD: { exit: ExitCode.CANNOT_DECRYPT, hint: 'Give the password the archive was encrypted with in --password-file.' },
  PASSWORD_REQUIRED: { exit: ExitCode.CANNOT_DECRYPT, hint: 'The archive is encrypted with a password: give it in --password-file.' },
  DECRYPTION_FAILED: { exit: ExitCode.CANNOT_DECRYPT, hint: 'Check the password; if it is right, the archive was altered: export it again.' },
  RECIPIENT_KEY_MISSING: {
    exit: ExitCode.CANNOT_DECRYPT,
    hint: "The archive was encrypted for another registry's certificate: export it again for this one, or import that key store here.",
  },
  STAGED_IMPORT_EXPIRED: {
    exit: ExitCode.STAGED_IMPORT_GONE,
    hint: 'Stage the archive again (registry-bridge plan FILE --out plan.json) and review the new plan.',
  },
  STAGING_BUSY: { exit: ExitCode.ERROR, hint: 'The registry is staging as many archives as it may at once (MAX_CONCURRENT_STAGINGS): run again when one is done.' },
  POLICY_CONDITION_TOO_COMPLEX: { exit: ExitCode.USAGE, hint: 'Simplify the condition: the limit named and its value are in the details.' },
  STORED_POLICY_TOO_COMPLEX: { exit: ExitCode.ERROR, hint: 'A policy stored before the condition bounds breaks one: an administrator simplifies or disables the policy the details name.' },
  BAD_USER_INPUT: { exit: ExitCode.USAGE, hint: 'Check the arguments against registry-bridge <command> --help.' },
  VALIDATION_FAILED: { exit: ExitCode.USAGE, hint: 'Fix the input the message names.' },
  KEYSTORE_INVALID: { exit: ExitCode.USAGE, hint: 'Give a PKCS#12 file written by registry-bridge keystore export (or exportKeystore).' },
  CERTIFICATE_INVALID: { exit: ExitCode.USAGE, hint: 'Give one X.509 certificate in PEM (-----BEGIN CERTIFICATE-----).' },
  NOT_FOUND: { exit: ExitCode.ERROR, hint: 'Check the UUID or id: what you may not view is reported as not found.' },
  IMPORT_INTERRUPTED: { exit: ExitCode.ERROR, hint: 'The registry stopped during the commit and rolled it back: apply the same plan again.' },
  SYNC_COMPARISON_STALE: { exit: ExitCode.PLAN_STALE, hint: 'A registry changed since the comparison: run registry-bridge sync REMOTE PACKAGE again and review it.' },
  REMOTE_UNREACHABLE: REMOTE_FAILED,
  REMOTE_REFUSED: REMOTE_FAILED,
  REMOTE_BAD_ANSWER: REMOTE_FAILED,
  REMOTE_SIGNATURE_MISMATCH: REMOTE_FAILED,
  REMOTE_IDENTITY_CHANGED: {
    exit: ExitCode.REMOTE_FAILED,
    hint: 'Another registry or signing certificate answered: once you know why, an administrator accepts it (acceptRemoteIdentity).',
  },
  REMOTE_NOT_CONFIGURED: { exit: ExitCode.REMOTE_FAILED, hint: 'An administrator configures a remote at that address (registry-bridge remote add).' },
  REMOTE_CREDENTIAL_UNREADABLE: { exit: ExitCode.REMOTE_FAILED, hint: 'The sealed credential does not open: set it again (updateRemoteRegistry).' },
  GRAPHQL_VALIDATION_FAILED: {
    exit: ExitCode.ERROR,
    hint: 'registry-bridge and the registry are of different versions: use the command line that ships with the registry.',
  },
};

const FALLBACK: Meaning = { exit: ExitCode.ERROR, hint: 'Run again with --verbose; if it persists, the registry log has the details.' };

/** The CliError for the first error of a GraphQL response; the HTTP status goes into the details. */
export function serverError(error: ServerError, httpStatus: number): CliError {
  const code = error.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  const meaning = MEANINGS[code] ?? FALLBACK;
  const details = { ...(error.extensions?.details ?? {}), httpStatus };
  return new CliError(code, error.message, meaning.exit, meaning.hint, details);
}

/** The CliError for a failure a remote operation recorded (error { side code message remoteCode }). */
export function remoteFailure(failure: { side: string; code: string; message: string; remoteCode?: string | null }, details: Record<string, unknown> = {}): CliError {
  const meaning = MEANINGS[failure.code] ?? FALLBACK;
  return new CliError(failure.code, failure.message, meaning.exit, meaning.hint, { side: failure.side, remoteCode: failure.remoteCode ?? null, ...details });
}

/** The CliError for a failure recorded on an import record (error { code message }), e.g. a refused commit. */
export function importFailure(failure: { code: string; message: string }, importRecordId: string): CliError {
  const meaning = MEANINGS[failure.code] ?? FALLBACK;
  return new CliError(failure.code, failure.message, meaning.exit, meaning.hint, { importRecordId });
}
