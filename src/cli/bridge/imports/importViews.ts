import type { CommandContext } from '../commandAction.js';
import type { ImportRecord } from './followImport.js';
import type { StagedImport } from './stageFile.js';

/** A staged import for people: what it holds, who signed it, whether this registry trusts the signer. */
export function renderStagedImport(ctx: CommandContext, staged: StagedImport): void {
  const signer = staged.signer ? `signed by ${staged.signer.subject} (${staged.trust === 'SIGNED_TRUSTED' ? 'trusted' : 'not trusted here'})` : 'unsigned';
  const kinds = staged.countsByKind.map((k) => `${k.count} ${k.kind.toLowerCase()}`).join(', ');
  ctx.print(`Staged import ${staged.id}: ${staged.fileName ?? 'archive'}, ${staged.objectCount} objects (${kinds || 'none'}), ${signer}.`);
  ctx.print(`  From registry "${staged.sourceRegistry.name}" (${staged.sourceRegistry.address}), exported ${staged.exportedAt}; staged until ${staged.expiresAt}.`);
  if (staged.problemCount > 0) {
    ctx.print(`  ${staged.problemCount} invalid record(s) were left out:`);
    for (const p of staged.problems.slice(0, 10)) ctx.print(`    line ${p.line} ${p.path}: ${p.message}`);
    if (staged.problemCount > 10) ctx.print(`    … and ${staged.problemCount - 10} more (--json lists up to 1000).`);
  }
}

/** An import record for people: how it ended and what it did. */
export function renderImportRecord(ctx: CommandContext, record: ImportRecord): void {
  const c = record.counts;
  if (record.status === 'SUCCEEDED') {
    const done = `${c.created} created, ${c.replaced} replaced, ${c.ignored} unchanged, ${c.rejected} rejected, ${c.skipped} skipped`;
    ctx.print(`${ctx.terminal.style('green', 'Import')} ${record.id} succeeded: ${done}.`);
  } else if (record.status === 'FAILED') {
    ctx.print(`${ctx.terminal.style('red', 'Import')} ${record.id} failed (${record.error?.code ?? 'unknown'}): nothing was written.`);
  } else {
    ctx.print(`Import ${record.id} is running (${record.phase.toLowerCase()}, ${record.done}/${record.total}).`);
  }
}
