import { setTimeout as sleep } from 'node:timers/promises';
import type { CliImportRecordFragment, CommitImportInput } from '../../generated/graphql.js';
import { CliError } from '../cliError.js';
import type { CommandContext } from '../commandAction.js';
import type { RegistryClient } from '../connection/registryClient.js';
import { importFailure } from '../connection/serverErrors.js';
import { CommitImport, ImportRecordById } from '../operations/importOperations.js';

export type ImportRecord = CliImportRecordFragment;

/**
 * How often the import record is read while a commit runs: soon at first (most imports end within a second),
 * then every second, often enough for a live bar and cheap for the registry.
 */
const FIRST_POLL_MS = 100;
const MAX_POLL_MS = 1000;

/**
 * Starts a commit without waiting for it (wait: false: the registry answers with the RUNNING record at once) and
 * follows it by polling the import record to its end, so no request is held open for minutes. Resolves with the
 * final record; a FAILED one is returned too (`failureOf` says why), so its document can still be printed.
 * A staged import the registry does not know (NOT_FOUND) is reported as gone.
 */
export async function commitAndFollow(ctx: CommandContext, client: RegistryClient, input: Omit<CommitImportInput, 'wait'>): Promise<ImportRecord> {
  return followImport(ctx, client, await startCommit(client, input));
}

/** Starts a commit: its RUNNING record, or the refusal of checks made at once (the signer, the staged import). */
export async function startCommit(client: RegistryClient, input: Omit<CommitImportInput, 'wait'>): Promise<ImportRecord> {
  try {
    return (await client.request(CommitImport, { input: { ...input, wait: false } })).commitImport;
  } catch (error) {
    if (error instanceof CliError && error.code === 'NOT_FOUND') throw CliError.stagedImportGone(input.stagedImportId);
    throw error;
  }
}

/** Polls a running import to its end, showing its phase and objects done on a terminal. */
export async function followImport(ctx: CommandContext, client: RegistryClient, record: ImportRecord): Promise<ImportRecord> {
  const bar = ctx.progress.commit(record.total);
  const interrupt = new AbortController();
  const onInterrupt = () => interrupt.abort();
  process.once('SIGINT', onInterrupt);
  let current = record;
  let wait = FIRST_POLL_MS;
  try {
    while (current.status === 'RUNNING') {
      bar.setTotal(current.total);
      bar.update(current.done, { phase: current.phase });
      await sleep(wait, undefined, { signal: interrupt.signal });
      wait = Math.min(wait * 2, MAX_POLL_MS);
      const data = await client.request(ImportRecordById, { id: current.id });
      if (!data.importRecord) throw CliError.unexpected(new Error(`import record ${current.id} vanished while it ran`));
      current = data.importRecord;
    }
    return current;
  } catch (error) {
    if (interrupt.signal.aborted) throw CliError.interrupted(current.id);
    throw error;
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    bar.stop();
  }
}

/** Why a finished import failed, as the error to report; null when it succeeded. */
export function failureOf(record: ImportRecord): CliError | null {
  if (record.status !== 'FAILED') return null;
  return importFailure(record.error ?? { code: 'INTERNAL_SERVER_ERROR', message: 'The import failed.' }, record.id);
}
