import { Command } from 'commander';
import type { CliRemoteOperationFragment } from '../../generated/graphql.js';
import { commandAction, type CommandContext, type CommandResult } from '../commandAction.js';
import { examples, withCommonOptions, type CommonFlags } from '../commandOptions.js';
import { CommitPromotion, PromoteObjects } from '../operations/remoteOperations.js';

interface Flags extends CommonFlags {
  stage: string;
  commit?: boolean;
}

export function promoteCommand(): Command {
  const command = new Command('promote')
    .description(
      "Promotes objects to a lifecycle stage: the registry at the stage's address stages them and previews the plan (counts, digest). " +
        'With --commit, commits exactly that plan there. Refused (PROMOTION_PATH_NOT_ALLOWED) when an object’s lifecycle state does not allow the stage.',
    )
    .argument('<uuid...>', 'the objects to promote')
    .requiredOption('--stage <uuid>', 'the LIFECYCLE_STAGE to promote to')
    .option('--commit', 'commit the previewed plan on the target');
  withCommonOptions(command);
  return command
    .addHelpText('after', examples(
      'registry-bridge promote 6f1c… --stage 9a0e… --profile dev             # preview on the target',
      'registry-bridge promote 6f1c… --stage 9a0e… --commit --profile dev    # and commit it there',
    ))
    .action(commandAction('promote', runPromote));
}

async function runPromote(ctx: CommandContext, uuids: string[], flags: Flags): Promise<CommandResult> {
  const client = await ctx.client();
  const promotion = (await client.request(PromoteObjects, { input: { objects: uuids, stage: flags.stage, wait: true } })).promoteObjects;
  const committed = flags.commit ? (await client.request(CommitPromotion, { id: promotion.id })).commitPromotion : null;
  return {
    document: { promotion, commit: committed },
    render: (c) => {
      c.print(`Previewed on ${promotion.remoteName}: ${countsLine(promotion)} (plan ${promotion.planDigest}; operation ${promotion.id}).`);
      if (committed) c.print(`Committed there: ${JSON.stringify((committed.result as { counts?: unknown } | null)?.counts ?? {})}.`);
      else c.print('Nothing written yet: run again with --commit to commit it.');
    },
  };
}

function countsLine(operation: CliRemoteOperationFragment): string {
  const counts = ((operation.result ?? {}) as { counts?: Record<string, number> }).counts ?? {};
  return Object.entries(counts).map(([action, n]) => `${n} ${action}`).join(', ');
}
