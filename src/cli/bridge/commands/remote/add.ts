import { Command } from 'commander';
import { CliError } from '../../cliError.js';
import { commandAction, type CommandContext, type CommandResult } from '../../commandAction.js';
import { examples, withCommonOptions, type CommonFlags } from '../../commandOptions.js';
import { ExitCode } from '../../exitCodes.js';
import { readSecretFile, readTextFile } from '../../localFiles.js';
import { AddRemoteRegistry } from '../../operations/remoteOperations.js';
import { renderRemotes } from './remoteView.js';

interface Flags extends CommonFlags {
  credentialFile: string;
  caFile?: string;
  pinnedCertFile?: string;
  timeout?: string;
}

export function remoteAddCommand(): Command {
  const command = new Command('add')
    .description("Configures a remote registry by NAME at ADDRESS (its GraphQL URL), with a token the remote issued to a service user (administrators).")
    .argument('<name>', 'the name other commands use for it')
    .argument('<address>', "the remote's GraphQL URL: https, or http on a loopback address")
    .requiredOption('--credential-file <file>', 'the bearer token the remote issued (never a flag value: it would show in ps)')
    .option('--ca-file <file>', 'PEM CA certificates its TLS certificate must chain to')
    .option('--pinned-cert-file <file>', 'PEM of its TLS certificate: only exactly that one is accepted')
    .option('--timeout <seconds>', 'longest silence on a call (1-3600, default 60)');
  withCommonOptions(command);
  return command
    .addHelpText('after', examples('registry-bridge remote add test https://test.example.com/graphql --credential-file test.token --profile dev'))
    .action(commandAction('remote add', runRemoteAdd));
}

async function runRemoteAdd(ctx: CommandContext, name: string, address: string, flags: Flags): Promise<CommandResult> {
  const timeoutSeconds = flags.timeout === undefined ? null : Number(flags.timeout);
  if (timeoutSeconds !== null && !Number.isInteger(timeoutSeconds)) {
    throw new CliError('USAGE', `--timeout must be a whole number of seconds, not ${flags.timeout}.`, ExitCode.USAGE, 'See registry-bridge remote add --help.');
  }
  const input = {
    name,
    address,
    credential: await readSecretFile(flags.credentialFile, 'credential file'),
    caCertificatesPem: flags.caFile ? await readTextFile(flags.caFile, 'CA file') : null,
    pinnedCertificatePem: flags.pinnedCertFile ? await readTextFile(flags.pinnedCertFile, 'pinned certificate file') : null,
    timeoutSeconds,
  };
  const remote = (await (await ctx.client()).request(AddRemoteRegistry, { input })).addRemoteRegistry;
  return { document: { remote }, render: (c) => renderRemotes(c, [remote]) };
}
