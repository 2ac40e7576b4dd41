import { Command } from 'commander';
import { CliError } from '../cliError.js';
import { commandAction, type CommandContext, type CommandResult } from '../commandAction.js';
import { examples, withCommonOptions, type CommonFlags } from '../commandOptions.js';
import { exitCodesHelp } from '../exitCodes.js';
import { commitAndFollow, failureOf, type ImportRecord } from '../imports/followImport.js';
import { renderImportRecord, renderStagedImport } from '../imports/importViews.js';
import { DiscardStagedImport } from '../operations/stagingOperations.js';
import { guardDocument, guardViolations } from '../plan/guard.js';
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
        'commits that plan (with its digest). A blocked plan or one the guard refuses is not committed (exit 4) and ' +
        'its staged import is discarded. To review before committing, use plan --out and apply instead.',
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
  const refusal = made.plan.blocking.length ? CliError.blocked(made.plan.blocking) : violations.length ? CliError.guard(violations) : null;
  let record: ImportRecord | null = null;
  if (refusal) {
    // Nobody will commit it through this command: do not leave it taking space until it expires. Should the
    // discard fail, it expires anyway; the refusal is what to report.
    await client.request(DiscardStagedImport, { id: made.staged.id }).catch(() => undefined);
  } else {
    const { plan } = made;
    record = await commitAndFollow(ctx, client, { stagedImportId: plan.stagedImport.id, options: plan.options, selection: plan.selection, expectedPlanDigest: plan.planDigest });
  }
  return {
    document: { registry: made.registry, stagedImport: made.staged, plan: made.plan, guard: guardDocument(guard, violations), import: record },
    error: refusal ?? (record && failureOf(record)) ?? undefined,
    render: (c) => {
      renderStagedImport(c, made.staged);
      c.print(`Plan: ${countsLine(made.plan.counts)}.`);
      if (record) renderImportRecord(c, record);
      else c.print(`Not committed; staged import ${made.staged.id} discarded.`);
    },
  };
}
