import { Command } from 'commander';
import { trustAddCommand } from './add.js';
import { trustListCommand } from './list.js';
import { trustRemoveCommand } from './remove.js';

/** `registry-bridge trust add|list|remove`: the signer certificates this registry trusts. */
export function trustCommand(): Command {
  return new Command('trust')
    .summary('manage the signers whose archives this registry trusts (administrators)')
    .addCommand(trustAddCommand())
    .addCommand(trustListCommand())
    .addCommand(trustRemoveCommand());
}
