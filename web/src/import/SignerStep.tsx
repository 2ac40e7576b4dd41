import type { StagedImportPageQuery } from '../gql/graphql';
import { TrustBadge } from '../ui/badges';
import { formatBytes, formatCount, formatDate, formatFingerprint, humanize } from '../ui/format';

export type StagedImportData = NonNullable<StagedImportPageQuery['stagedImport']>;

/** The signing certificate as Orchestrator shows it before an import: who, which key, how long valid, trusted or not. */
export function SignerCard({ staged }: { staged: StagedImportData }) {
  const { signer, trust } = staged;
  if (!signer) {
    return (
      <div class="card warning-card" aria-labelledby="signer-title">
        <h2 id="signer-title">Signer</h2>
        <p>
          <TrustBadge trust={trust} /> Nobody vouches for this archive’s content: it carries no signature.
        </p>
      </div>
    );
  }
  const now = Date.now();
  const validity =
    now < Date.parse(signer.notBefore) ? 'not yet valid' : now > Date.parse(signer.notAfter) ? 'expired' : 'valid now';
  return (
    <div class="card" aria-labelledby="signer-title">
      <h2 id="signer-title">
        Signer certificate <TrustBadge trust={trust} />
      </h2>
      <dl class="facts">
        <dt>Subject</dt>
        <dd>{signer.subject}</dd>
        <dt>Issuer</dt>
        <dd>{signer.issuer}</dd>
        <dt>SHA-256 fingerprint</dt>
        <dd><code class="fingerprint">{formatFingerprint(signer.fingerprintSha256)}</code></dd>
        <dt>Valid</dt>
        <dd>
          {formatDate(signer.notBefore)} to {formatDate(signer.notAfter)} <span class={`badge validity-${validity.replace(/ /g, '-')}`}>{validity}</span>
        </dd>
        <dt>Signed at</dt>
        <dd>{formatDate(signer.signingTime)}</dd>
      </dl>
    </div>
  );
}

/** What the archive is: where from, who exported it, how it is protected. */
export function ArchiveCard({ staged }: { staged: StagedImportData }) {
  const { options, protection } = staged;
  const what = options.completeOrganization ? 'a complete organization' : options.selection.package ? 'a package' : `${options.selection.objects.length} selected object(s)`;
  return (
    <div class="card" aria-labelledby="archive-title">
      <h2 id="archive-title">Archive</h2>
      <dl class="facts">
        <dt>File</dt>
        <dd>{staged.fileName ?? '—'} ({formatBytes(staged.archiveSize)}{staged.encrypted ? ', encrypted' : ''})</dd>
        <dt>From registry</dt>
        <dd>{staged.sourceRegistry.name} <code>{staged.sourceRegistry.address}</code></dd>
        <dt>Exported</dt>
        <dd>{formatDate(staged.exportedAt)} by {staged.exportedBy.name}</dd>
        <dt>Export of</dt>
        <dd>
          {what}
          {options.includeReferences && ', with everything it references'}
          {options.includeVersionHistory && ', with version history'}
        </dd>
        <dt>Protection</dt>
        <dd>
          {[!protection.viewContent && 'content hidden from all but administrators', !protection.editable && 'not editable', !protection.rePackageable && 'not exportable again']
            .filter(Boolean)
            .join('; ') || 'none'}
        </dd>
        <dt>Staged until</dt>
        <dd>{formatDate(staged.expiresAt)}</dd>
      </dl>
    </div>
  );
}

/** The archive's contents by kind, with counts. */
export function ContentsCard({ staged }: { staged: StagedImportData }) {
  return (
    <div class="card" aria-labelledby="contents-title">
      <h2 id="contents-title">Contents</h2>
      <table class="table compact">
        <caption class="visually-hidden">Objects in the archive by kind</caption>
        <thead>
          <tr><th scope="col">Kind</th><th scope="col" class="num">Objects</th></tr>
        </thead>
        <tbody>
          {staged.countsByKind.map((k) => (
            <tr key={k.kind}><td>{humanize(k.kind)}</td><td class="num">{formatCount(k.count)}</td></tr>
          ))}
        </tbody>
        <tfoot>
          <tr><th scope="row">All</th><td class="num">{formatCount(staged.objectCount)}</td></tr>
        </tfoot>
      </table>
      {staged.problemCount > 0 && <RecordProblems staged={staged} />}
    </div>
  );
}

function RecordProblems({ staged }: { staged: StagedImportData }) {
  return (
    <details class="problems">
      <summary>{formatCount(staged.problemCount)} invalid record(s) were not staged</summary>
      <ul>
        {staged.problems.slice(0, 50).map((p) => (
          <li key={`${p.line}${p.path}`}>
            Line {p.line}, <code>{p.path}</code>: {p.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
