import { Command } from 'commander';
import type { CliPackageComparisonFragment, CliSyncOperationFragment, SyncChoiceInput, SyncDirection } from '../../generated/graphql.js';
import { CliError } from '../cliError.js';
import { commandAction, type CommandContext, type CommandResult } from '../commandAction.js';
import { collectList, examples, withCommonOptions, type CommonFlags } from '../commandOptions.js';
import { remoteFailure } from '../connection/serverErrors.js';
import type { RegistryClient } from '../connection/registryClient.js';
import { CompareRemotePackage, RemoteOperationById, SynchronizeRemotePackage } from '../operations/remoteOperations.js';
import { renderTable } from '../output/table.js';
import { followOperation } from '../remoteWork/followOperation.js';

interface Flags extends CommonFlags {
  pull?: string[];
  push?: string[];
  allProposed?: boolean;
  mergeMembers?: boolean;
}

type Comparison = CliPackageComparisonFragment;
type Operation = CliSyncOperationFragment;

export function syncCommand(): Command {
  const command = new Command('sync')
    .description(
      'Compares a package here with its copy on a configured remote, element by element (state and proposed direction). ' +
        'With --pull, --push, --all-proposed or --merge-members, carries out exactly those choices on the comparison just shown ' +
        '(pulled through this registry’s planner and commit, pushed through the remote’s). Nothing is deleted. Administrators only.',
    )
    .argument('<remote>', 'the remote, as remote list names it')
    .argument('<package>', 'the PACKAGE’s UUID')
    .option('--pull <uuids>', 'copy these elements from the remote (comma-separated, repeatable)', collectList)
    .option('--push <uuids>', 'copy these elements to the remote (comma-separated, repeatable)', collectList)
    .option('--all-proposed', 'carry out every proposed direction (--pull/--push override single elements)')
    .option('--merge-members', 'give both packages the union of their member lists (with the members each side lacks)');
  withCommonOptions(command);
  return command
    .addHelpText('after', examples(
      'registry-bridge sync test 6f1c… --profile dev                              # compare only',
      'registry-bridge sync test 6f1c… --all-proposed --profile dev               # and carry out the proposals',
      'registry-bridge sync test 6f1c… --pull 1a2b… --push 3c4d… --merge-members  # exactly these',
    ))
    .action(commandAction('sync', runSync));
}

async function runSync(ctx: CommandContext, remote: string, pkg: string, flags: Flags): Promise<CommandResult> {
  const client = await ctx.client();
  const comparison = (await client.request(CompareRemotePackage, { remote, package: pkg })).compareRemotePackage;
  const choices = choicesOf(comparison, flags);
  const document: Record<string, unknown> = { remote, package: pkg, comparison, choices, synchronization: null };
  const render = (operation: Operation | null) => (c: CommandContext) => {
    renderComparison(c, comparison);
    if (operation) renderOutcomes(c, operation);
    else c.print('Nothing changed: choose with --pull, --push, --all-proposed or --merge-members.');
  };
  if (!choices) return { document, render: render(null) };
  const operation = await synchronizeAndFollow(ctx, client, {
    remote,
    package: pkg,
    comparisonDigest: comparison.comparisonDigest,
    choices: choices.choices,
    memberList: choices.memberList,
  });
  document.synchronization = operation;
  const error = operation.status === 'FAILED' ? remoteFailure(operation.error ?? { side: 'LOCAL', code: 'INTERNAL_SERVER_ERROR', message: 'The synchronization failed.' }, { remoteOperationId: operation.id }) : undefined;
  return { document, render: render(operation), error };
}

/** The choices the flags make on the comparison shown, or null when they ask for nothing but the comparison. */
function choicesOf(comparison: Comparison, flags: Flags): { choices: SyncChoiceInput[]; memberList: 'MERGE' | null } | null {
  if (!flags.allProposed && !flags.pull?.length && !flags.push?.length && !flags.mergeMembers) return null;
  const directions = new Map<string, SyncDirection>();
  if (flags.allProposed) for (const e of comparison.elements) if (e.proposedDirection !== 'NONE') directions.set(e.uuid, e.proposedDirection);
  for (const uuid of flags.pull ?? []) directions.set(uuid, 'PULL');
  for (const uuid of flags.push ?? []) {
    if (flags.pull?.includes(uuid)) throw CliError.usage(`${uuid} is named by both --pull and --push.`, 'Name each element once.');
    directions.set(uuid, 'PUSH');
  }
  if (flags.mergeMembers && !comparison.members.mergeOffered) {
    throw CliError.usage('--merge-members: the member lists did not both change (MERGE is not offered).', 'Pull or push the package instead.');
  }
  const choices = [...directions].map(([uuid, direction]) => ({ uuid, direction }));
  return { choices, memberList: flags.mergeMembers ? 'MERGE' : null };
}

/** Starts the synchronization without waiting, and follows the operation to its end (its phase on a terminal). */
async function synchronizeAndFollow(ctx: CommandContext, client: RegistryClient, input: Parameters<typeof startInput>[0]): Promise<Operation> {
  const started = (await client.request(SynchronizeRemotePackage, { input: startInput(input) })).synchronizeRemotePackage;
  return followOperation(ctx, 'Synchronizing', started, async (id) => (await client.request(RemoteOperationById, { id })).remoteOperation ?? null);
}

function startInput(input: { remote: string; package: string; comparisonDigest: string; choices: SyncChoiceInput[]; memberList: 'MERGE' | null }) {
  return { ...input, wait: false };
}

function renderComparison(c: CommandContext, comparison: Comparison): void {
  c.print(`${comparison.packageName} (${comparison.package}) here and on ${comparison.remoteName}:`);
  const lines = renderTable(comparison.elements, [
    { header: 'state', cell: (e) => e.state },
    { header: 'proposed', cell: (e) => e.proposedDirection },
    { header: 'kind', cell: (e) => e.kind },
    { header: 'uuid', cell: (e) => e.uuid },
    { header: 'name', cell: (e) => `${e.name}${e.isPackage ? ' (the package)' : e.isMember ? ' (member)' : ''}` },
  ], c.terminal.width);
  for (const line of lines) c.print(line);
  const { members } = comparison;
  if (members.localOnly.length || members.remoteOnly.length) {
    c.print(`Members only here: ${members.localOnly.length}; only there: ${members.remoteOnly.length}${members.mergeOffered ? ' (--merge-members gives both the union)' : ''}.`);
  }
}

function renderOutcomes(c: CommandContext, operation: Operation): void {
  const result = operation.syncResult;
  if (!result) return;
  c.print('');
  c.print(`${operation.status === 'SUCCEEDED' ? 'Synchronized' : 'Failed'} (operation ${operation.id}):`);
  for (const line of renderTable(result.elements, [
    { header: 'direction', cell: (e) => e.direction },
    { header: 'here', cell: (e) => e.local },
    { header: 'there', cell: (e) => e.remote },
    { header: 'uuid', cell: (e) => e.uuid },
    { header: 'name', cell: (e) => e.name },
  ], c.terminal.width)) c.print(line);
  if (!result.complete) c.print('Not every step ran: the outcomes say what landed on which side.');
}
