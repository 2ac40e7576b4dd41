import { type Command, InvalidArgumentError, Option } from 'commander';
import type { ImportOptionsInput } from '../../generated/graphql.js';
import { collectList, nonNegativeInt } from '../commandOptions.js';
import type { Guard, PlanAction } from './guard.js';
import { PLAN_ACTIONS } from './guard.js';

/** The import dialog's options as flags; every one is off unless given (as in the API). */
const OPTION_FLAGS = [
  ['--allow-replace', 'allowReplace', "replace the registry's copy even when the archive's is older"],
  ['--keep-current-owner', 'keepCurrentOwner', 'keep the original owner when a user with its UUID exists here or is imported'],
  ['--import-user-groups', 'importUserGroups', "importing a user also imports its user-defined groups"],
  ['--keep-lifecycle-state', 'keepLifecycleState', 'keep the exported lifecycle state when the same model governs here'],
  ['--trust-provider', 'trustProvider', "also trust the archive's signer (administrators)"],
] as const;

export interface PlanFlags {
  allowReplace?: boolean;
  keepCurrentOwner?: boolean;
  importUserGroups?: boolean;
  keepLifecycleState?: boolean;
  trustProvider?: boolean;
  select?: string[];
}

export interface GuardFlags {
  failOn?: PlanAction[];
  maxCreate?: number;
  maxReplace?: number;
  maxReject?: number;
  maxSkip?: number;
}

/** The options and the selection: what a plan is made of besides the archive. */
export function withPlanOptions(command: Command): Command {
  for (const [flag, , description] of OPTION_FLAGS) command.addOption(new Option(flag, description).helpGroup('Import options:'));
  return command.addOption(
    new Option('--select <uuids>', 'import these objects (and what they need) instead of the default selection; repeat or comma-separate')
      .argParser(collectList)
      .helpGroup('Import options:'),
  );
}

/** --fail-on and --max-*: refuse (exit 4) a plan that does what the pipeline forbids. */
export function withGuardOptions(command: Command): Command {
  const guard = <T>(flags: string, description: string, parse: (value: string, previous: T) => T) =>
    command.addOption(new Option(flags, description).argParser(parse).helpGroup('Guard (exit 4, nothing written):'));
  guard<PlanAction[]>('--fail-on <actions>', `refuse the plan if any object would get one of these actions (${PLAN_ACTIONS.join(',')})`, actionList);
  for (const action of ['create', 'replace', 'reject', 'skip'] as const) {
    guard<number>(`--max-${action} <n>`, `refuse the plan if it would ${action} more than n objects`, nonNegativeInt);
  }
  return command;
}

/** Options as the API takes them: every one stated, so the plan file says exactly what was planned. */
export function planOptions(flags: PlanFlags): Required<ImportOptionsInput> {
  const options = {} as Required<ImportOptionsInput>;
  for (const [, key] of OPTION_FLAGS) options[key] = flags[key] === true;
  return options;
}

/** The explicit selection, sorted and without duplicates; null for the default one. */
export function planSelection(flags: PlanFlags): string[] | null {
  return flags.select?.length ? [...new Set(flags.select)].sort() : null;
}

export function guardOf(flags: GuardFlags): Guard {
  const max: Guard['max'] = {};
  if (flags.maxCreate !== undefined) max.create = flags.maxCreate;
  if (flags.maxReplace !== undefined) max.replace = flags.maxReplace;
  if (flags.maxReject !== undefined) max.reject = flags.maxReject;
  if (flags.maxSkip !== undefined) max.skip = flags.maxSkip;
  return { failOn: flags.failOn ?? [], max };
}

/** A comma-separated list of actions (create,replace,ignore,reject,skip), added to `previous` when repeated. */
export function actionList(value: string, previous?: PlanAction[]): PlanAction[] {
  const actions = collectList(value.toLowerCase(), previous) as PlanAction[];
  const unknown = actions.filter((a) => !PLAN_ACTIONS.includes(a));
  if (unknown.length) throw new InvalidArgumentError(`Unknown action ${unknown.join(', ')}: use ${PLAN_ACTIONS.join(', ')}.`);
  return [...new Set(actions)];
}
