import { useMutation, useQuery } from '@urql/preact';
import { useLocation, useRoute } from 'preact-iso';
import { isAdministrator, useViewer } from '../app/viewer';
import { ElementsStep } from '../import/ElementsStep';
import { DiscardMutation, StagedImportQuery } from '../import/queries';
import { ArchiveCard, ContentsCard, SignerCard, type StagedImportData } from '../import/SignerStep';
import { forgetWizardChoices } from '../import/wizardState';
import { EmptyState, ErrorState, Loading } from '../ui/states';

/**
 * A staged archive under review: first its signer and contents, with "Import" or "Import and trust provider"
 * (Orchestrator), then its elements. The step is in the address, so a reload or a link returns to it.
 */
export function StagedImportPage() {
  const { params, query } = useRoute();
  const id = params.id;
  const [{ data, error, fetching }, retry] = useQuery({ query: StagedImportQuery, variables: { id } });
  const step = query.step === 'elements' ? 'elements' : 'signer';
  const staged = data?.stagedImport;
  if (data && !staged) {
    return (
      <section class="page">
        <h1>Import</h1>
        <EmptyState title="This staged archive does not exist any more: it was committed, discarded or has expired, or it is not yours.">
          <a href="/import">Import an archive</a>
        </EmptyState>
      </section>
    );
  }
  return (
    <section class="page">
      <h1>Import {staged?.fileName ?? 'archive'}</h1>
      <ol class="steps" aria-label="Import steps">
        <li>Upload</li>
        <li aria-current={step === 'signer' ? 'step' : undefined}>Signer</li>
        <li aria-current={step === 'elements' ? 'step' : undefined}>Elements</li>
        <li>Result</li>
      </ol>
      {step === 'elements' ? (
        // Asked for at once, beside the archive's details: the table does not wait for them.
        <ElementsStep stagedImportId={id} kinds={staged?.countsByKind.map((k) => k.kind) ?? []} trustProvider={query.trust === '1'} />
      ) : error ? (
        <ErrorState error={error} retry={() => retry({ requestPolicy: 'network-only' })} />
      ) : fetching || !staged ? (
        <Loading label="Reading the staged archive" />
      ) : (
        <SignerStep staged={staged} />
      )}
    </section>
  );
}

function SignerStep({ staged }: { staged: StagedImportData }) {
  const viewer = useViewer();
  const { route } = useLocation();
  const [discarding, discard] = useMutation(DiscardMutation);
  const canTrust = isAdministrator(viewer) && staged.trust === 'SIGNED_UNTRUSTED';
  const next = (trust: boolean) => route(`/import/${staged.id}?step=elements${trust ? '&trust=1' : ''}`);
  async function drop() {
    const result = await discard({ id: staged.id });
    if (result.data) {
      forgetWizardChoices(staged.id);
      route('/import');
    }
  }
  return (
    <>
      <div class="grid-2">
        <SignerCard staged={staged} />
        <ArchiveCard staged={staged} />
      </div>
      <ContentsCard staged={staged} />
      {discarding.error && <ErrorState title="The staged archive was not discarded" error={discarding.error} />}
      <div class="actions">
        <button type="button" class="primary" onClick={() => next(false)}>Import</button>
        {canTrust && (
          <button type="button" onClick={() => next(true)}>
            Import and trust provider
          </button>
        )}
        <button type="button" class="danger" onClick={drop} disabled={discarding.fetching}>
          Discard
        </button>
      </div>
      {staged.trust === 'SIGNED_UNTRUSTED' && !isAdministrator(viewer) && (
        <p class="hint">Only an administrator can make this signer a trusted provider.</p>
      )}
    </>
  );
}
