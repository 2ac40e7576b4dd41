import { Command } from 'commander';
import type { CliIncomingPromotionFragment } from '../../../generated/graphql.js';
import { CliError } from '../../cliError.js';
import { commandAction, type CommandContext, type CommandResult } from '../../commandAction.js';
import { examples, withCommonOptions, type CommonFlags } from '../../commandOptions.js';
import { ExitCode } from '../../exitCodes.js';
import { ApprovePromotion, IncomingPromotionPreview, IncomingPromotions, RejectPromotion } from '../../operations/remoteOperations.js';
import { renderTable } from '../../output/table.js';

/** `registry-bridge promotions list|approve|reject`: on a registry that requires approval, the promotions it holds. */
export function promotionsCommand(): Command {
  return new Command('promotions')
    .summary('list, approve or reject the promotions a registry holds for approval (REQUIRE_PROMOTION_APPROVAL)')
    .addCommand(listCommand())
    .addCommand(approveCommand())
    .addCommand(rejectCommand());
}

interface ListFlags extends CommonFlags {
  all?: boolean;
}

function listCommand(): Command {
  const command = new Command('list').description('Lists the promotions this registry holds for approval (PENDING; --all: every status), newest first.').option('--all', 'every status, not only PENDING');
  withCommonOptions(command);
  return command.addHelpText('after', examples('registry-bridge promotions list --profile prod')).action(commandAction('promotions list', runList));
}

/** The registry's largest page of held promotions: the list walks them all, a page at a time. */
const PROMOTIONS_PAGE = 200;

async function runList(ctx: CommandContext, flags: ListFlags): Promise<CommandResult> {
  const client = await ctx.client();
  const promotions: CliIncomingPromotionFragment[] = [];
  for (let after: string | null = null; ; ) {
    const page: CliIncomingPromotionFragment[] = (await client.request(IncomingPromotions, { status: flags.all ? null : 'PENDING', first: PROMOTIONS_PAGE, after })).incomingPromotions;
    promotions.push(...page);
    if (page.length < PROMOTIONS_PAGE) break;
    after = page.at(-1)!.id;
  }
  return { document: { promotions }, render: (c) => renderPromotions(c, promotions) };
}

function approveCommand(): Command {
  const command = new Command('approve')
    .description(
      'Commits a held promotion as you: previews it with your rights and commits exactly that plan (its digest). ' +
        'You need the rights to import every object it brings, and may not be the user who submitted it.',
    )
    .argument('<id>', 'the held promotion (promotions list)');
  withCommonOptions(command);
  return command.addHelpText('after', examples('registry-bridge promotions approve 3b1d… --profile prod')).action(commandAction('promotions approve', runApprove));
}

async function runApprove(ctx: CommandContext, id: string): Promise<CommandResult> {
  const client = await ctx.client();
  const held = (await client.request(IncomingPromotionPreview, { id })).incomingPromotion;
  if (!held) throw new CliError('NOT_FOUND', `No promotion ${id} is held here.`, ExitCode.ERROR, 'List them with registry-bridge promotions list.');
  if (!held.preview) throw new CliError('CONFLICT', `Promotion ${id} is ${held.status}, not PENDING.`, ExitCode.ERROR, 'Only a PENDING promotion is approved.');
  const promotion = (await client.request(ApprovePromotion, { id, digest: held.preview.planDigest })).approvePromotion;
  return {
    document: { promotion, plan: held.preview },
    render: (c) => c.print(`Approved: committed ${countsLine(held.preview!.counts)} from ${promotion.sourceRegistry.name} (import ${promotion.importRecordId}).`),
  };
}

interface RejectFlags extends CommonFlags {
  reason?: string;
}

function rejectCommand(): Command {
  const command = new Command('reject')
    .description('Rejects a held promotion: nothing is imported and its staged archive is discarded; the source sees REJECTED and the reason.')
    .argument('<id>', 'the held promotion (promotions list)')
    .option('--reason <text>', 'why, for the source');
  withCommonOptions(command);
  return command
    .addHelpText('after', examples('registry-bridge promotions reject 3b1d… --reason "not in this release" --profile prod'))
    .action(commandAction('promotions reject', runReject));
}

async function runReject(ctx: CommandContext, id: string, flags: RejectFlags): Promise<CommandResult> {
  const promotion = (await (await ctx.client()).request(RejectPromotion, { id, reason: flags.reason ?? null })).rejectPromotion;
  return { document: { promotion }, render: (c) => c.print(`Rejected promotion ${promotion.id} from ${promotion.sourceRegistry.name}: nothing imported.`) };
}

function renderPromotions(ctx: CommandContext, promotions: readonly CliIncomingPromotionFragment[]): void {
  if (!promotions.length) return ctx.print('No promotions held for approval.');
  const lines = renderTable(promotions, [
    { header: 'id', cell: (p) => p.id },
    { header: 'status', cell: (p) => p.status },
    { header: 'from', cell: (p) => `${p.sourceRegistry.name} (${p.exportedBy.name})` },
    { header: 'requested', cell: (p) => String(p.requestedAt) },
    { header: 'preview', cell: (p) => countsLine(p.counts) },
    { header: 'archive SHA-256', cell: (p) => p.archiveSha256 },
  ], ctx.terminal.width);
  for (const line of lines) ctx.print(line);
}

function countsLine(counts: Record<string, unknown>): string {
  return ['create', 'replace', 'ignore', 'reject', 'skip'].map((a) => `${Number(counts[a] ?? 0)} ${a}`).join(', ');
}
