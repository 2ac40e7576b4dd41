import { Command } from 'commander';
import { commandAction, type CommandContext, type CommandResult } from '../../commandAction.js';
import { examples, withCommonOptions } from '../../commandOptions.js';
import { RemoteRegistries } from '../../operations/remoteOperations.js';
import { renderRemotes } from './remoteView.js';

export function remoteListCommand(): Command {
  const command = new Command('list').description('Lists the configured remote registries (administrators); never their credentials.');
  withCommonOptions(command);
  return command
    .addHelpText('after', examples('registry-bridge remote list --profile dev --json'))
    .action(commandAction('remote list', runRemoteList));
}

async function runRemoteList(ctx: CommandContext): Promise<CommandResult> {
  const remotes = (await (await ctx.client()).request(RemoteRegistries, {})).remoteRegistries;
  return { document: { remotes }, render: (c) => renderRemotes(c, remotes) };
}
