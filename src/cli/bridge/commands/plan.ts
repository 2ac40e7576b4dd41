import { Command, Option } from 'commander';
import { CliError } from '../cliError.js';
import { commandAction, type CommandContext, type CommandResult } from '../commandAction.js';
import { examples, nonNegativeInt, withCommonOptions, type CommonFlags } from '../commandOptions.js';
import { ExitCode, exitCodesHelp } from '../exitCodes.js';
import { renderStagedImport } from '../imports/importViews.js';
import { guardDocument, guardViolations, PLAN_ACTIONS, type PlanAction } from '../plan/guard.js';
import { makePlan } from '../plan/makePlan.js';
import { writePlanFile } from '../plan/planFile.js';
import { actionList, guardOf, withGuardOptions, withPlanOptions, type GuardFlags, type PlanFlags } from '../plan/planFlags.js';
import { renderPlan } from '../plan/planView.js';

interface Flags extends CommonFlags, PlanFlags, GuardFlags {
  stagedImport?: string;
  passwordFile?: string;
  out?: string;
  detailedExitcode?: boolean;
  show: PlanAction[];
  limit: number;
  diff?: boolean;
}

export function planCommand(): Command {
  const command = new Command('plan')
    .summary('show what importing an archive would do, and save the plan for apply')
    .description(
      'Stages FILE (or takes --staged-import ID) and shows what the registry would do with every object: create, ' +
        'replace, ignore, reject or skip, with the reasons. --out saves the plan (staged import, options, selection ' +
        'and digest) for `registry-bridge apply`, which commits exactly that plan or nothing.',
    )
    .argument('[file]', 'an archive to stage and plan')
    .option('--staged-import <id>', 'plan an archive staged before (instead of FILE)')
    .option('--password-file <file>', 'the password of a password-encrypted FILE')
    .option('-o, --out <file>', 'save the plan for apply (JSON: schemas/plan-file.schema.json)')
    .option('--detailed-exitcode', 'exit 2 when the plan creates or replaces objects, 0 when it changes nothing')
    .addOption(
      new Option('--show <actions>', 'list decisions with these actions')
        .default(PLAN_ACTIONS.filter((a) => a !== 'ignore'), 'create,replace,reject,skip')
        .argParser((value) => actionList(value)),
    )
    .option('--limit <n>', 'list at most n decisions (0: the summary only)', nonNegativeInt, 1000)
    .option('--diff', 'under each listed replace (and ignore or reject whose content differs), what changes field by field');
  withPlanOptions(command);
  withGuardOptions(command);
  withCommonOptions(command);
  return command
    .addHelpText('after', examples(
      'registry-bridge plan package.zip --profile prod --out plan.json',
      'registry-bridge plan package.zip --registry https://prod.example.com/graphql --keep-lifecycle-state --detailed-exitcode',
      'registry-bridge plan package.zip --profile prod --show replace --diff',
      'registry-bridge plan --staged-import 6f1c2a9e-4d2b-4c8e-9a51-0d3e7b2f8c14 --select 9a7e5b10-2c4d-4e6f-8a9b-0c1d2e3f4a5b --json > review.json',
    ) + `\n\n${exitCodesHelp()}`)
    .action(commandAction('plan', runPlan));
}

async function runPlan(ctx: CommandContext, file: string | undefined, flags: Flags): Promise<CommandResult> {
  if (!file === !flags.stagedImport) throw CliError.usage('Give an archive FILE or --staged-import ID (one of them).');
  const guard = guardOf(flags);
  const client = await ctx.client();
  const made = await makePlan(ctx, client, { file, stagedImportId: flags.stagedImport, passwordFile: flags.passwordFile }, flags, {
    show: flags.show,
    limit: flags.limit,
  });
  if (flags.out) await writePlanFile(flags.out, made.plan);
  const violations = guardViolations(guard, made.plan.counts);
  const error = made.plan.blocking.length ? CliError.blocked(made.plan.blocking) : violations.length ? CliError.guard(violations) : undefined;
  const exitCode = made.plan.changes && flags.detailedExitcode ? ExitCode.CHANGES : ExitCode.OK;
  return {
    document: {
      registry: made.registry,
      stagedImport: made.staged,
      plan: made.plan,
      decisions: { matching: made.read.matching, listed: made.read.decisions.length, items: made.read.decisions },
      guard: guardDocument(guard, violations),
      planFile: flags.out ?? null,
    },
    exitCode,
    error,
    render: (c) => {
      if (file) renderStagedImport(c, made.staged);
      renderPlan(c, made.read, violations, { diff: flags.diff === true });
      if (flags.out) c.note(`Saved the plan to ${flags.out}: commit exactly this plan with \`registry-bridge apply ${flags.out}\`.`);
    },
  };
}
