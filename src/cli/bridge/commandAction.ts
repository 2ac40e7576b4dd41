import type { Command } from 'commander';
import { CliError } from './cliError.js';
import type { CommonFlags } from './commandOptions.js';
import { resolveConnection } from './connection/connection.js';
import { RegistryClient } from './connection/registryClient.js';
import { ExitCode } from './exitCodes.js';
import { Progress } from './output/progress.js';
import { Terminal } from './output/terminal.js';

/** What a command's action gets: its flags' output mode, the streams, progress, and a lazy connection. */
export interface CommandContext {
  readonly json: boolean;
  readonly verbose: boolean;
  readonly terminal: Terminal;
  readonly progress: Progress;
  /** A line for people on stdout; nothing in --json mode (stdout then holds the document alone). */
  print(line?: string): void;
  /** A line for people on stderr (what happens meanwhile: "Staged ...", "Saved ..."); nothing in --json mode. */
  note(line: string): void;
  /** The registry of --registry / --profile, with the token (read on first use). */
  client(): Promise<RegistryClient>;
}

/**
 * What a command did: the --json document (the schema's fields for this command, without `command` and
 * `exitCode`, which are added), how to show it to people, and how it ended. A result may carry an error and
 * still a document (a blocked plan, a refused commit's record): both are printed.
 */
export interface CommandResult {
  document: Record<string, unknown>;
  render?(ctx: CommandContext): void;
  /** Without an error: OK unless said (CHANGES for plan --detailed-exitcode). */
  exitCode?: ExitCode;
  error?: CliError;
}

/**
 * Wraps a command's work for commander: builds its context from the flags, runs it, and reports the result
 * (the --json document on stdout whatever the exit code, the error as one line on stderr) and the exit code.
 */
export function commandAction<Args extends unknown[]>(name: string, run: (ctx: CommandContext, ...args: Args) => Promise<CommandResult>) {
  return async (...raw: unknown[]): Promise<void> => {
    const command = raw.at(-1) as Command;
    const flags = command.opts<CommonFlags>();
    const ctx = createContext(flags);
    let result: CommandResult;
    try {
      result = await run(ctx, ...(raw.slice(0, -1) as Args));
    } catch (error) {
      result = { document: {}, error: asCliError(error) };
    }
    report(name, ctx, result);
  };
}

export function createContext(flags: CommonFlags, terminal = new Terminal()): CommandContext {
  const json = flags.json === true;
  let client: Promise<RegistryClient> | null = null;
  return {
    json,
    verbose: flags.verbose === true,
    terminal,
    progress: new Progress(terminal),
    print: (line = '') => {
      if (!json) terminal.stdout.write(`${line}\n`);
    },
    note: (line) => {
      if (!json) terminal.stderr.write(`${line}\n`);
    },
    client: () => (client ??= resolveConnection(flags).then((connection) => new RegistryClient(connection))),
  };
}

export function asCliError(error: unknown): CliError {
  return error instanceof CliError ? error : CliError.unexpected(error);
}

/** Prints the outcome and sets the exit code (the process ends by itself once its output is written). */
export function report(name: string, ctx: CommandContext, result: CommandResult): void {
  const exitCode = result.error?.exitCode ?? result.exitCode ?? ExitCode.OK;
  if (ctx.json) {
    const error = result.error ? { error: errorDocument(result.error) } : {};
    ctx.terminal.stdout.write(`${JSON.stringify({ command: name, exitCode, ...result.document, ...error }, null, 2)}\n`);
  } else {
    result.render?.(ctx);
  }
  if (result.error) ctx.terminal.stderr.write(errorLines(result.error, ctx).join('\n') + '\n');
  process.exitCode = exitCode;
}

function errorDocument(error: CliError) {
  return { code: error.code, message: error.message, hint: error.hint, ...(Object.keys(error.details).length ? { details: error.details } : {}) };
}

/** One line naming the code and what to do; --verbose adds the details and, for our own faults, the stack. */
export function errorLines(error: CliError, ctx: Pick<CommandContext, 'verbose' | 'terminal'>): string[] {
  const message = error.message.replace(/\s+/g, ' ').trim();
  const head = ctx.terminal.styleErr('red', `error ${error.code}`);
  const lines = [`${head}: ${message} → ${error.hint} (exit ${error.exitCode})`];
  if (!ctx.verbose) return lines;
  for (const [key, value] of Object.entries(error.details)) lines.push(`  ${key}: ${JSON.stringify(value)}`);
  const cause = error.cause;
  if (cause instanceof Error && error.code === 'UNEXPECTED' && cause.stack) lines.push(cause.stack.replace(/^/gm, '  '));
  else if (cause instanceof Error) lines.push(`  cause: ${cause.message}${cause.cause instanceof Error ? ` (${cause.cause.message})` : ''}`);
  return lines;
}
