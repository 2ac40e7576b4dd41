import { Command } from 'commander';
import { commandAction, type CommandContext, type CommandResult } from '../../commandAction.js';
import { examples, withCommonOptions, type CommonFlags } from '../../commandOptions.js';
import { RemoveTrustedProvider } from '../../operations/keyOperations.js';

export function trustRemoveCommand(): Command {
  const command = new Command('remove')
    .description('Stops trusting a signer, by its SHA-256 fingerprint (as trust list shows it). Removing one not trusted is not an error: removed is false.')
    .argument('<fingerprint>', 'lower-case hex SHA-256 of the certificate');
  withCommonOptions(command);
  return command
    .addHelpText('after', examples(
      'registry-bridge trust list --profile prod   # shows the fingerprints',
      "registry-bridge trust remove $(openssl x509 -in dev-registry.pem -outform der | sha256sum | cut -d' ' -f1) --profile prod",
    ))
    .action(commandAction('trust remove', runTrustRemove));
}

async function runTrustRemove(ctx: CommandContext, fingerprint: string, _flags: CommonFlags): Promise<CommandResult> {
  const removed = (await (await ctx.client()).request(RemoveTrustedProvider, { fingerprint: fingerprint.toLowerCase() })).removeTrustedProvider;
  return {
    document: { fingerprint: fingerprint.toLowerCase(), removed },
    render: (c) => c.print(removed ? `No longer trusted: ${fingerprint}.` : `${fingerprint} was not trusted; nothing changed.`),
  };
}
