import { Command } from 'commander';
import { CliError } from '../cliError.js';
import { asCliError, commandAction, type CommandContext, type CommandResult } from '../commandAction.js';
import { examples, withCommonOptions, type CommonFlags } from '../commandOptions.js';
import { exitCodesHelp } from '../exitCodes.js';
import { commitAndFollow, failureOf, type ImportRecord } from '../imports/followImport.js';
import { renderImportRecord } from '../imports/importViews.js';
import { RegistryIdentity } from '../operations/registryOperations.js';
import { expectationOf, guardDocument, guardViolations } from '../plan/guard.js';
import { readPlanFile } from '../plan/planFile.js';
import { guardOf, withGuardOptions, type GuardFlags } from '../plan/planFlags.js';
import { countsLine } from '../plan/planView.js';

type Flags = CommonFlags & GuardFlags;

export function applyCommand(): Command {
  const command = new Command('apply')
    .summary('commit exactly the plan saved by plan --out')
    .description(
      'Commits the staged import of PLAN_FILE with its options and selection, and with its digest: if the registry ' +
        'changed since the plan so that the plan is no longer the same, nothing is written (exit 3). The commit runs ' +
        'in the registry; this command follows it to its end.',
    )
    .argument('<plan-file>', 'the file written by registry-bridge plan --out');
  withGuardOptions(command);
  withCommonOptions(command);
  return command
    .addHelpText('after', examples(
      'registry-bridge apply plan.json --profile prod',
      'registry-bridge apply plan.json --registry https://prod.example.com/graphql --fail-on reject,skip --max-replace 50 --json',
    ) + `\n\n${exitCodesHelp()}`)
    .action(commandAction('apply', runApply));
}

async function runApply(ctx: CommandContext, planFilePath: string, flags: Flags): Promise<CommandResult> {
  const plan = await readPlanFile(planFilePath);
  const guard = guardOf(flags);
  const violations = guardViolations(guard, plan.counts);
  const base = { planFile: planFilePath, plan, guard: guardDocument(guard, violations) };
  if (violations.length) {
    const render = (c: CommandContext) => c.print(`Not applied: the plan of ${planFilePath} (${countsLine(plan.counts)}) fails the guard.`);
    return { document: { ...base, import: null }, error: CliError.guard(violations), render };
  }
  const client = await ctx.client();
  const { registry } = await client.request(RegistryIdentity, {});
  if (registry.uuid !== plan.registry.uuid) throw CliError.wrongRegistry(planFilePath, plan.registry, registry);
  let record: ImportRecord;
  try {
    record = await commitAndFollow(ctx, client, {
      stagedImportId: plan.stagedImport.id,
      options: plan.options,
      selection: plan.selection,
      expectedPlanDigest: plan.planDigest,
      expectation: expectationOf(guard),
    });
  } catch (error) {
    return { document: { ...base, import: null }, error: asCliError(error) };
  }
  return {
    document: { ...base, import: record },
    error: failureOf(record) ?? undefined,
    render: (c) => {
      c.print(`Applying the plan of ${planFilePath}: ${countsLine(plan.counts)}.`);
      renderImportRecord(c, record);
    },
  };
}
