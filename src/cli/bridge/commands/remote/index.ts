import { Command } from 'commander';
import { remoteAddCommand } from './add.js';
import { remoteListCommand } from './list.js';
import { remoteTestCommand } from './test.js';

/** `registry-bridge remote add|list|test`: the registries this one talks to (administrators). */
export function remoteCommand(): Command {
  return new Command('remote')
    .summary('configure and test the remote registries this one talks to (administrators)')
    .addCommand(remoteAddCommand())
    .addCommand(remoteListCommand())
    .addCommand(remoteTestCommand());
}
