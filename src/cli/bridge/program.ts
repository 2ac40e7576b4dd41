import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { CliError } from './cliError.js';
import { createContext, report } from './commandAction.js';
import { applyCommand } from './commands/apply.js';
import { exportCommand } from './commands/export.js';
import { historyCommand } from './commands/history.js';
import { importCommand } from './commands/import.js';
import { keystoreCommand } from './commands/keystore/index.js';
import { planCommand } from './commands/plan.js';
import { stageCommand } from './commands/stage.js';
import { trustCommand } from './commands/trust/index.js';
import { promoteCommand } from './commands/promote.js';
import { syncCommand } from './commands/sync.js';
import { promotionsCommand } from './commands/promotions/index.js';
import { remoteCommand } from './commands/remote/index.js';
import { configPath } from './connection/configFile.js';
import { ExitCode, exitCodesHelp } from './exitCodes.js';

/**
 * The command tree, gh-style `registry-bridge <noun> <verb>` (or a bare verb), one file per command under
 * commands/. Commands that need the registry-to-registry API (promote, sync, remote add|list|test) join the
 * "Between registries" group the same way: a file each, added here.
 */
export function buildProgram(): Command {
  const program = new Command('registry-bridge')
    .description('Moves registry objects between Registry Bridge registries through their GraphQL API: export, plan, apply.')
    .version(packageVersion(), '-V, --version');
  program.commandsGroup('Archives between registries:');
  for (const command of [exportCommand(), stageCommand(), planCommand(), applyCommand(), importCommand(), historyCommand()]) {
    program.addCommand(command);
  }
  program.commandsGroup('Keys and trust:');
  program.addCommand(keystoreCommand()).addCommand(trustCommand());
  program.commandsGroup('Between registries:');
  program.addCommand(remoteCommand()).addCommand(promoteCommand()).addCommand(promotionsCommand()).addCommand(syncCommand());
  program.addHelpText('after', `\n${environmentHelp()}\n\n${exitCodesHelp()}\n`);
  for (const command of allCommands(program)) handleUsageErrors(command);
  return program;
}

function environmentHelp(): string {
  return [
    'Connection:',
    '  --registry URL, or a profile: --profile NAME, REGISTRY_BRIDGE_PROFILE, or defaultProfile of the configuration file',
    `  configuration file: REGISTRY_BRIDGE_CONFIG, default ${configPath().path}`,
    '  token: --token-file FILE, REGISTRY_TOKEN, or the profile\'s tokenFile (never a flag\'s value: it would show in ps)',
    'Output: people get tables on stdout and progress on stderr (only on a terminal); --json prints one document (schemas',
    '  in src/cli/bridge/schemas/), errors are one line on stderr naming the code and what to do, --verbose adds details.',
  ].join('\n');
}

function* allCommands(command: Command): Generator<Command> {
  yield command;
  for (const sub of command.commands) yield* allCommands(sub);
}

/**
 * Commander's own refusals (an unknown flag, a missing argument) exit 5 (USAGE) like ours, as one line, and with
 * --json as a document; --help and --version exit 0.
 */
function handleUsageErrors(command: Command): void {
  command.exitOverride((error: CommanderError) => {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0) throw error;
    const name = commandPath(command);
    const json = process.argv.includes('--json');
    // commander.help: a command group called without its command (the help is shown above).
    const message = error.code === 'commander.help' ? 'Give a command: the list is above.' : error.message.replace(/^error: /, '');
    const ctx = createContext({ json, verbose: false });
    report(name, ctx, { document: {}, error: CliError.usage(message.charAt(0).toUpperCase() + message.slice(1), `See registry-bridge ${name ? `${name} ` : ''}--help.`) });
    throw new CommanderError(ExitCode.USAGE, error.code, error.message);
  });
  command.configureOutput({ outputError: () => {} });
}

function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** The version in package.json, found by walking up from this module (dist/src/cli/bridge or src/cli/bridge). */
function packageVersion(): string {
  for (let dir = import.meta.dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  return 'unknown';
}
