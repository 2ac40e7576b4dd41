import type { CliTrustedProviderFragment } from '../../../generated/graphql.js';
import type { CommandContext } from '../../commandAction.js';
import { renderTable } from '../../output/table.js';

export type TrustedProvider = CliTrustedProviderFragment;

export function renderProviders(ctx: CommandContext, providers: readonly TrustedProvider[]): void {
  if (!providers.length) return ctx.print('No trusted providers.');
  const lines = renderTable(providers, [
    { header: 'fingerprint (sha-256)', cell: (p) => p.fingerprintSha256 },
    { header: 'valid until', cell: (p) => p.notAfter.slice(0, 10) },
    { header: 'subject', cell: (p) => p.subject },
  ], ctx.terminal.width);
  for (const line of lines) ctx.print(line);
}
