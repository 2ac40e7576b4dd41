import { Command } from 'commander';
import { commandAction, type CommandContext, type CommandResult } from '../../commandAction.js';
import { examples, withCommonOptions, type CommonFlags } from '../../commandOptions.js';
import { readTextFile } from '../../localFiles.js';
import { AddTrustedProvider } from '../../operations/keyOperations.js';
import { renderProviders } from './providerView.js';

export function trustAddCommand(): Command {
  const command = new Command('add')
    .description('Trusts the signer certificate in CERT_FILE: archives it signed stage as SIGNED_TRUSTED.')
    .argument('<cert-file>', "a certificate in PEM (the exporting registry's serverCertificate)");
  withCommonOptions(command);
  return command
    .addHelpText('after', examples('registry-bridge trust add dev-registry.pem --profile prod'))
    .action(commandAction('trust add', runTrustAdd));
}

async function runTrustAdd(ctx: CommandContext, certFile: string, _flags: CommonFlags): Promise<CommandResult> {
  const pem = await readTextFile(certFile, 'certificate file');
  const provider = (await (await ctx.client()).request(AddTrustedProvider, { pem })).addTrustedProvider;
  return { document: { provider }, render: (c) => renderProviders(c, [provider]) };
}
