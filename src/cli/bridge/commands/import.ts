import { Command } from 'commander';
import { CliError } from '../cliError.js';
import { asCliError, commandAction, type CommandContext, type CommandResult } from '../commandAction.js';
import { examples, withCommonOptions, type CommonFlags } from '../commandOptions.js';
import { exitCodesHelp } from '../exitCodes.js';
import { failureOf, followImport, startCommit, type ImportRecord } from '../imports/followImport.js';
import { renderImportRecord, renderStagedImport } from '../imports/importViews.js';
import { DiscardStagedImport } from '../operations/stagingOperations.js';
import { expectationOf, guardDocument, guardViolations } from '../plan/guard.js';
import { makePlan } from '../plan/makePlan.js';
import { guardOf, withGuardOptions, withPlanOptions, type GuardFlags, type PlanFlags } from '../plan/planFlags.js';
import { countsLine } from '../plan/planView.js';

interface Flags extends CommonFlags, PlanFlags, GuardFlags {
  passwordFile?: string;
}

export function importCommand(): Command {
  const command = new Command('import')
    .summary('stage, plan and apply an archive in one go')
    .description(
      'Stages FILE, plans it with the options and selection given, checks the guard (--fail-on, --max-*), and ' +
        'commits that plan (with its digest). A blocked plan or one the guard refuses is not committed (exit 4); ' +
        'an archive not imported is not left staged. To review before committing, use plan --out and apply instead.',
    )
    .argument('<file>', 'the archive to import')
    .option('--password-file <file>', 'the password of a password-encrypted archive');
  withPlanOptions(command);
  withGuardOptions(command);
  withCommonOptions(command);
  return command
    .addHelpText('after', examples(
      'registry-bridge import package.zip --profile test',
      'registry-bridge import package.zip --registry http://localhost:4000/graphql --keep-lifecycle-state --fail-on reject,skip --json',
    ) + `\n\n${exitCodesHelp()}`)
    .action(commandAction('import', runImport));
}

async function runImport(ctx: CommandContext, file: string, flags: Flags): Promise<CommandResult> {
  const guard = guardOf(flags);
  const client = await ctx.client();
  const made = await makePlan(ctx, client, { file, passwordFile: flags.passwordFile }, flags, { show: [], limit: 0 });
  const violations = guardViolations(guard, made.plan.counts);
  const { plan } = made;
  const refusal = plan.blocking.length ? CliError.blocked(plan.blocking) : violations.length ? CliError.guard(violations) : null;
  let record: ImportRecord | null = null;
  let error: CliError | null = refusal;
  let started = false;
  if (!refusal) {
    try {
      record = await startCommit(client, {
        stagedImportId: plan.stagedImport.id,
        options: plan.options,
        selection: plan.selection,
        expectedPlanDigest: plan.planDigest,
        expectation: expectationOf(guard),
      });
      started = true;
      record = await followImport(ctx, client, record);
      error = failureOf(record);
    } catch (failure) {
      error = asCliError(failure); // once started, the commit may still run (interrupted, the registry unreachable)
    }
  }
  // Nobody else knows this staged import: when it surely will not be committed (refused here or by the commit's
  // first checks, or the commit failed), do not leave it taking space until it expires; a failed discard leaves
  // it to expire.
  const discard = !started || record?.status === 'FAILED';
  if (discard) await client.request(DiscardStagedImport, { id: made.staged.id }).catch(() => undefined);
  return {
    document: { registry: made.registry, stagedImport: made.staged, plan, guard: guardDocument(guard, violations), import: record },
    error: error ?? undefined,
    render: (c) => {
      renderStagedImport(c, made.staged);
      c.print(`Plan: ${countsLine(plan.counts)}.`);
      if (record) renderImportRecord(c, record);
      if (discard) c.print(`Not imported; staged import ${made.staged.id} discarded.`);
    },
  };
}
