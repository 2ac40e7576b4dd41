import { Command } from 'commander';
import { commandAction, type CommandContext, type CommandResult } from '../../commandAction.js';
import { examples, withCommonOptions } from '../../commandOptions.js';
import { TrustedProviders } from '../../operations/keyOperations.js';
import { renderProviders } from './providerView.js';

export function trustListCommand(): Command {
  const command = new Command('list').description('Lists the signer certificates this registry trusts.');
  withCommonOptions(command);
  return command
    .addHelpText('after', examples('registry-bridge trust list --profile prod', 'registry-bridge trust list --registry http://localhost:4000/graphql --json'))
    .action(commandAction('trust list', runTrustList));
}

async function runTrustList(ctx: CommandContext): Promise<CommandResult> {
  const providers = (await (await ctx.client()).request(TrustedProviders, {})).trustedProviders;
  return { document: { providers }, render: (c) => renderProviders(c, providers) };
}
