import { setTimeout as sleep } from 'node:timers/promises';
import { CliError } from '../cliError.js';
import type { CommandContext } from '../commandAction.js';

/** What following needs of a remote operation (promotion, its commit, a package synchronization). */
interface RunningOperation {
  id: string;
  status: string;
  phase: string;
  done: number;
  total: number;
}

/** How often the operation is read while it runs: soon at first, then every second. */
const FIRST_POLL_MS = 100;
const MAX_POLL_MS = 1000;

/**
 * Follows a remote operation started with `wait: false` to its end, reading it again and again (its phase, done
 * of total, on stderr when that is a terminal). Started rather than awaited: a promotion of 100k objects takes
 * minutes, and no request should hold a connection (and a proxy's timeout) that long.
 */
export async function followOperation<T extends RunningOperation>(
  ctx: CommandContext,
  label: string,
  started: T,
  read: (id: string) => Promise<T | null>,
): Promise<T> {
  let operation = started;
  const bar = ctx.progress.operation(label);
  let wait = FIRST_POLL_MS;
  try {
    while (operation.status === 'RUNNING') {
      bar.setTotal(Math.max(operation.total, 1));
      bar.update(operation.done, { phase: operation.phase });
      await sleep(wait);
      wait = Math.min(wait * 2, MAX_POLL_MS);
      const found = await read(operation.id);
      if (!found) throw CliError.unexpected(new Error(`remote operation ${operation.id} vanished while it ran`));
      operation = found;
    }
    return operation;
  } finally {
    bar.stop();
  }
}
