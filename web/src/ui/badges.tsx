import { humanize } from './format';

const ACTION_HINT: Record<string, string> = {
  CREATE: 'Not in the registry: it is created',
  REPLACE: "Replaces the registry's copy",
  IGNORE: 'Identical timestamp: left as it is',
  REJECT: 'Not imported; the import goes on',
  SKIP: 'Not imported',
};

export function ActionBadge({ action }: { action: string }) {
  return (
    <span class={`badge action-${action.toLowerCase()}`} title={ACTION_HINT[action]}>
      {humanize(action)}
    </span>
  );
}

export function KindBadge({ kind }: { kind: string }) {
  return <span class="badge kind">{humanize(kind)}</span>;
}

const TRUST_LABEL: Record<string, string> = {
  SIGNED_TRUSTED: 'Trusted signer',
  SIGNED_UNTRUSTED: 'Signer not trusted',
  UNSIGNED: 'Unsigned',
};

export function TrustBadge({ trust }: { trust: string }) {
  return <span class={`badge trust-${trust.toLowerCase()}`}>{TRUST_LABEL[trust] ?? trust}</span>;
}

export function StatusBadge({ status }: { status: string }) {
  return <span class={`badge status-${status.toLowerCase()}`}>{humanize(status)}</span>;
}
