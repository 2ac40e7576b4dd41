import { Command } from 'commander';
import { CliError } from '../cliError.js';
import { commandAction, type CommandContext, type CommandResult } from '../commandAction.js';
import { examples, nonNegativeInt, withCommonOptions, type CommonFlags } from '../commandOptions.js';
import { ExitCode } from '../exitCodes.js';
import type { ImportRecord } from '../imports/followImport.js';
import { renderImportRecord } from '../imports/importViews.js';
import { ImportHistory, ImportRecordOutcomes } from '../operations/importOperations.js';
import { renderTable } from '../output/table.js';

interface Flags extends CommonFlags {
  limit: number;
}

/** The registry answers at most 200 records and 500 outcomes a page. */
const RECORD_PAGE = 200;
const OUTCOME_PAGE = 500;

export function historyCommand(): Command {
  const command = new Command('history')
    .summary('list imports, or show one with what happened to each object')
    .description('Without IMPORT_ID: your imports, newest first (administrators see everyone\'s). With it: that import and its outcomes.')
    .argument('[import-id]', 'one import record')
    .option('--limit <n>', 'list at most n imports (or outcomes)', nonNegativeInt, 20);
  withCommonOptions(command);
  return command
    .addHelpText('after', examples(
      'registry-bridge history --profile prod --limit 5',
      'registry-bridge history 0b9e… --registry http://localhost:4000/graphql --json',
    ))
    .action(commandAction('history', runHistory));
}

async function runHistory(ctx: CommandContext, importId: string | undefined, flags: Flags): Promise<CommandResult> {
  return importId ? showImport(ctx, importId, flags.limit) : listImports(ctx, flags.limit);
}

async function listImports(ctx: CommandContext, limit: number): Promise<CommandResult> {
  const client = await ctx.client();
  const imports: ImportRecord[] = [];
  let after: string | null = null;
  let more = true;
  while (more && imports.length < limit) {
    const page: { edges: { node: ImportRecord }[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } =
      (await client.request(ImportHistory, { first: Math.min(RECORD_PAGE, limit - imports.length), after })).importHistory;
    imports.push(...page.edges.map((e) => e.node));
    more = page.pageInfo.hasNextPage;
    after = page.pageInfo.endCursor ?? null;
  }
  return {
    document: { imports, hasMore: more },
    render: (c) => {
      const lines = renderTable(imports, [
        { header: 'id', cell: (r) => r.id },
        { header: 'started', cell: (r) => r.startedAt.replace('T', ' ').slice(0, 19) },
        { header: 'status', cell: (r) => r.status.toLowerCase() },
        { header: 'created', cell: (r) => String(r.counts.created) },
        { header: 'replaced', cell: (r) => String(r.counts.replaced) },
        { header: 'rejected', cell: (r) => String(r.counts.rejected) },
        { header: 'skipped', cell: (r) => String(r.counts.skipped) },
        { header: 'error', cell: (r) => r.error?.code ?? '' },
      ], c.terminal.width);
      for (const line of imports.length ? lines : ['No imports yet.']) c.print(line);
    },
  };
}

async function showImport(ctx: CommandContext, id: string, limit: number): Promise<CommandResult> {
  const client = await ctx.client();
  const first = await client.request(ImportRecordOutcomes, { id, first: Math.min(OUTCOME_PAGE, limit), after: null });
  if (!first.importRecord) {
    throw new CliError('NOT_FOUND', `Import ${id} does not exist or is not yours.`, ExitCode.ERROR, 'registry-bridge history lists your imports.', { id });
  }
  const { outcomes: firstPage, ...record } = first.importRecord;
  const outcomes = [...firstPage.edges.map((e) => e.node)];
  let page = firstPage.pageInfo;
  while (page.hasNextPage && outcomes.length < limit) {
    const next = await client.request(ImportRecordOutcomes, { id, first: Math.min(OUTCOME_PAGE, limit - outcomes.length), after: page.endCursor ?? null });
    outcomes.push(...(next.importRecord?.outcomes.edges.map((e) => e.node) ?? []));
    page = next.importRecord?.outcomes.pageInfo ?? { hasNextPage: false };
  }
  return {
    document: { import: record, outcomes: { total: firstPage.totalCount, listed: outcomes.length, items: outcomes } },
    render: (c) => {
      renderImportRecord(c, record);
      if (record.error) c.print(`  ${record.error.code}: ${record.error.message}`);
      if (!outcomes.length) return;
      const lines = renderTable(outcomes, [
        { header: 'action', cell: (o) => o.action.toLowerCase() },
        { header: 'kind', cell: (o) => o.kind },
        { header: 'name', cell: (o) => o.name },
        { header: 'uuid', cell: (o) => o.uuid },
        { header: 'reasons', cell: (o) => o.reasons.map((r) => r.code).join(', ') },
      ], c.terminal.width);
      for (const line of lines) c.print(line);
      if (firstPage.totalCount > outcomes.length) c.print(`… ${firstPage.totalCount - outcomes.length} more (raise --limit).`);
    },
  };
}
