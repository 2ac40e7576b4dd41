import { Command } from 'commander';
import { commandAction, type CommandContext, type CommandResult } from '../../commandAction.js';
import { examples, withCommonOptions, type CommonFlags } from '../../commandOptions.js';
import { remoteFailure } from '../../connection/serverErrors.js';
import { TestRemoteRegistry } from '../../operations/remoteOperations.js';

export function remoteTestCommand(): Command {
  const command = new Command('test')
    .description("Connects to a remote: reachability, its identity (recorded on the first connection) and as whom the credential acts there. Exits 12 when it is not usable (the code names why).")
    .argument('<name>', 'the remote, as remote list names it');
  withCommonOptions(command);
  return command
    .addHelpText('after', examples('registry-bridge remote test test --profile dev'))
    .action(commandAction('remote test', runRemoteTest));
}

async function runRemoteTest(ctx: CommandContext, name: string, _flags: CommonFlags): Promise<CommandResult> {
  const test = (await (await ctx.client()).request(TestRemoteRegistry, { name })).testRemoteRegistry;
  const { remote, error: _failure, ...report } = test;
  const document = { remote: remote.name, ...report };
  if (test.error) {
    const error = remoteFailure(test.error);
    return { document, error, render: () => undefined };
  }
  return {
    document,
    render: (c) => {
      c.print(`${remote.name}: reachable, identity ${test.identityStatus.toLowerCase()}: ${test.registryName} (${test.registryUuid}), signing with ${test.signerFingerprint}.`);
      const user = test.credentialUser!;
      c.print(`The credential acts as ${user.name} (${user.uuid}) with roles: ${user.roles.length ? user.roles.join(', ') : 'none'}${user.administrator ? ' (an administrator: more than a service credential needs)' : ''}.`);
    },
  };
}
