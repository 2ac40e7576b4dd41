import { useMutation } from '@urql/preact';
import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { fetchWithUploadProgress, type UploadProgress } from '../client/uploadFetch';
import { graphql } from '../gql';
import { formatBytes } from '../ui/format';
import { ErrorState } from '../ui/states';

const StageArchive = graphql(`
  mutation ConsoleStageArchive($file: Upload!, $password: String) {
    stageArchive(file: $file, password: $password) { id }
  }
`);

/**
 * Step 1 of an import (Orchestrator's "Import package", CentraSite's Import dialog): choose the archive and
 * upload it. The registry verifies and stages it; the review comes next.
 */
export function ImportStartPage() {
  const { route } = useLocation();
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [{ fetching, error }, stage] = useMutation(StageArchive);

  async function upload(e: Event) {
    e.preventDefault();
    if (!file) return;
    setProgress({ loaded: 0, total: file.size });
    const result = await stage({ file, password: password || null }, { fetch: fetchWithUploadProgress(setProgress) });
    if (result.data) route(`/import/${result.data.stageArchive.id}`);
  }

  const percent = progress && progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : null;
  const verifying = fetching && progress !== null && progress.total > 0 && progress.loaded >= progress.total;
  return (
    <section class="page">
      <h1>Import an archive</h1>
      <ol class="steps" aria-label="Import steps">
        <li aria-current="step">Upload</li>
        <li>Signer</li>
        <li>Elements</li>
        <li>Result</li>
      </ol>
      <form class="card form" onSubmit={upload}>
        <p>Choose an archive exported by a registry. It is uploaded, its signature and contents are verified, and nothing is imported until you commit.</p>
        <label for="archive-file">Archive (.zip)</label>
        <input id="archive-file" type="file" accept=".zip,application/zip" required disabled={fetching} onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
        <label for="archive-password">Password <span class="hint">(only for a password-encrypted archive)</span></label>
        <input id="archive-password" type="password" autoComplete="off" value={password} disabled={fetching} onInput={(e) => setPassword(e.currentTarget.value)} />
        {progress && fetching && (
          <div class="upload-progress">
            <progress id="upload-progress" max={100} value={percent ?? undefined} aria-label="Upload progress" />
            <span aria-live="polite">
              {verifying ? 'Uploaded; verifying and staging…' : `${formatBytes(progress.loaded)} of ${formatBytes(progress.total || file?.size || 0)}${percent !== null ? ` (${percent}%)` : ''}`}
            </span>
          </div>
        )}
        {error && <ErrorState title="The archive was not staged" error={error} />}
        <div class="actions">
          <button type="submit" class="primary" disabled={!file || fetching}>
            {fetching ? 'Uploading…' : 'Upload and verify'}
          </button>
        </div>
      </form>
    </section>
  );
}
