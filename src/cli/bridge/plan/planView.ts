import type { CommandContext } from '../commandAction.js';
import { renderTable } from '../output/table.js';
import { changeLines } from './changesView.js';
import type { PlanCounts } from './guard.js';
import type { Decision, PlanRead } from './readPlan.js';

const ACTION_STYLE = { CREATE: 'green', REPLACE: 'yellow', IGNORE: 'gray', REJECT: 'red', SKIP: 'magenta' } as const;

/**
 * The decisions as a table (with `diff`, each followed by what changes field by field), then the plan in one
 * line, its blocking problems and its digest.
 */
export function renderPlan(ctx: CommandContext, plan: PlanRead, violations: string[], show: { diff: boolean } = { diff: false }): void {
  if (plan.decisions.length) {
    const lines = renderTable<Decision>(
      plan.decisions,
      [
        { header: 'action', cell: (d) => d.action.toLowerCase(), style: (text, d) => ctx.terminal.style(ACTION_STYLE[d.action], text) },
        { header: 'kind', cell: (d) => d.kind },
        { header: 'name', cell: (d) => d.name },
        { header: 'uuid', cell: (d) => d.uuid },
        { header: 'reasons', cell: (d) => d.reasons.map((r) => r.code).join(', ') },
      ],
      ctx.terminal.width,
    );
    ctx.print(lines[0]);
    plan.decisions.forEach((d, i) => {
      ctx.print(lines[i + 1]);
      if (show.diff) for (const change of changeLines(d.changes)) ctx.print(change);
    });
    const unlisted = plan.matching - plan.decisions.length;
    if (unlisted > 0) ctx.print(`… ${unlisted} more (raise --limit, or read them with --json).`);
    ctx.print();
  }
  ctx.print(`Plan: ${countsLine(plan.counts)}.`);
  for (const problem of plan.blocking) ctx.print(ctx.terminal.style('red', `Blocking: ${problem.code}: ${problem.message}`));
  for (const violation of violations) ctx.print(ctx.terminal.style('red', `Guard: ${violation}`));
  ctx.print(`Plan digest: ${plan.planDigest}`);
}

export function countsLine(c: PlanCounts): string {
  return `${c.create} to create, ${c.replace} to replace, ${c.ignore} unchanged, ${c.reject} rejected, ${c.skip} skipped`;
}
