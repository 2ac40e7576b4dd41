import { Command, InvalidArgumentError, Option } from 'commander';
import type { ConnectionFlags } from './connection/connection.js';

/** The flags every command that talks to a registry takes. */
export interface CommonFlags extends ConnectionFlags {
  json?: boolean;
  verbose?: boolean;
}

/**
 * Adds the connection and output flags to a command (gh puts -R and --json on each command, so each command's
 * --help shows everything it accepts).
 */
export function withCommonOptions(command: Command): Command {
  return command
    .addOption(new Option('--registry <url>', "the registry's GraphQL endpoint (instead of a profile)").helpGroup('Connection:'))
    .addOption(new Option('--profile <name>', 'a profile of the configuration file (default: REGISTRY_BRIDGE_PROFILE, then its defaultProfile)').helpGroup('Connection:'))
    .addOption(
      new Option('--token-file <file>', "a file holding the bearer token (default: REGISTRY_TOKEN, then the profile's tokenFile)").helpGroup('Connection:'),
    )
    .addOption(new Option('--json', 'print one JSON document on stdout, whatever the exit code (docs/command-line.md)').helpGroup('Output:'))
    .addOption(new Option('--verbose', 'add the details of a failure').helpGroup('Output:'));
}

/** "a,b" and repeated flags both make a list. */
export function collectList(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(',').map((v) => v.trim()).filter(Boolean)];
}

/** A non-negative integer flag. */
export function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`"${value}" is not a whole number ≥ 0.`);
  return n;
}

/** The "Example:" section of a command's help: commands a reader can run as they are (gh style). */
export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => (l.startsWith('#') ? `  ${l}` : `  $ ${l}`)).join('\n')}`;
}
