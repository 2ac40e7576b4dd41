import { Command } from 'commander';
import type { CliRemoteOperationFragment } from '../../generated/graphql.js';
import { commandAction, type CommandContext, type CommandResult } from '../commandAction.js';
import { examples, withCommonOptions, type CommonFlags } from '../commandOptions.js';
import { CliError } from '../cliError.js';
import { ExitCode } from '../exitCodes.js';
import { remoteFailure } from '../connection/serverErrors.js';
import { CommitPromotionStarted, PromoteObjectsHeld, PromotionById } from '../operations/remoteOperations.js';
import { followOperation } from '../remoteWork/followOperation.js';

interface Flags extends CommonFlags {
  stage: string;
  commit?: boolean;
}

export function promoteCommand(): Command {
  const command = new Command('promote')
    .description(
      "Promotes objects to a lifecycle stage: the registry at the stage's address stages them and previews the plan (counts, digest). " +
        'With --commit, commits exactly that plan there; a target that requires approval holds it instead ("pending approval") and refuses --commit. Refused (PROMOTION_PATH_NOT_ALLOWED) when an object’s lifecycle state does not allow the stage.',
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
  const readPromotion = async (id: string) => (await client.request(PromotionById, { id })).remoteOperation ?? null;
  const started = (await client.request(PromoteObjectsHeld, { input: { objects: uuids, stage: flags.stage, wait: false } })).promoteObjects;
  const promotion = await followOperation(ctx, 'Promoting', started, readPromotion);
  if (promotion.status === 'FAILED') return failed(promotion, { promotion, commit: null });
  const held = promotion.approval;
  if (held) {
    // The target commits it, not us: --commit is refused, the promotion stays pending there.
    const error = flags.commit
      ? new CliError('PROMOTION_APPROVAL_REQUIRED', `${promotion.remoteName} requires approval of promotions: --commit is not possible.`, ExitCode.ERROR,
          `One of its users approves it there: registry-bridge promotions approve ${held.incomingPromotionId} (with a profile for ${promotion.remoteName}).`,
          { incomingPromotionId: held.incomingPromotionId })
      : undefined;
    return {
      document: { promotion, commit: null },
      error,
      render: (c) => {
        c.print(`Previewed on ${promotion.remoteName}: ${countsLine(promotion)} (plan ${promotion.planDigest}; operation ${promotion.id}).`);
        c.print(`Pending approval on ${promotion.remoteName} (held promotion ${held.incomingPromotionId}): one of its users approves or rejects it there.`);
      },
    };
  }
  const committed = flags.commit
    ? await followOperation(ctx, 'Committing the promotion', (await client.request(CommitPromotionStarted, { id: promotion.id })).commitPromotion, readPromotion)
    : null;
  if (committed?.status === 'FAILED') return failed(committed, { promotion, commit: committed });
  return {
    document: { promotion, commit: committed },
    render: (c) => {
      c.print(`Previewed on ${promotion.remoteName}: ${countsLine(promotion)} (plan ${promotion.planDigest}; operation ${promotion.id}).`);
      if (committed) c.print(`Committed there: ${JSON.stringify((committed.result as { counts?: unknown } | null)?.counts ?? {})}.`);
      else c.print('Nothing written yet: run again with --commit to commit it.');
    },
  };
}

function countsLine(operation: Pick<CliRemoteOperationFragment, 'result'>): string {
  const counts = ((operation.result ?? {}) as { counts?: Record<string, number> }).counts ?? {};
  return Object.entries(counts).map(([action, n]) => `${n} ${action}`).join(', ');
}

/** A promotion (or its commit) that failed while followed: the side that failed and its code, as a waited-for one would say. */
function failed(operation: CliRemoteOperationFragment, document: Record<string, unknown>): CommandResult {
  const error = remoteFailure(operation.error ?? { side: 'LOCAL', code: 'INTERNAL_SERVER_ERROR', message: 'The promotion failed.' }, { remoteOperationId: operation.id });
  return { document, error, render: () => undefined };
}
