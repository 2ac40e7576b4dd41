import type { CliRemoteRegistryFragment } from '../../../generated/graphql.js';
import type { CommandContext } from '../../commandAction.js';
import { renderTable } from '../../output/table.js';

export type RemoteRegistry = CliRemoteRegistryFragment;

export function renderRemotes(ctx: CommandContext, remotes: readonly RemoteRegistry[]): void {
  if (!remotes.length) return ctx.print('No remote registries.');
  const lines = renderTable(remotes, [
    { header: 'name', cell: (r) => r.name },
    { header: 'address', cell: (r) => r.address },
    { header: 'registry', cell: (r) => r.registryName ?? (r.registryUuid ? r.registryUuid : 'not yet connected') },
    { header: 'identity', cell: (r) => (r.pendingIdentity ? 'CHANGED (accept it in the API)' : r.registryUuid ? 'recorded' : '-') },
  ], ctx.terminal.width);
  for (const line of lines) ctx.print(line);
}
