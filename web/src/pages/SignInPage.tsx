import { useClient } from '@urql/preact';
import { useState } from 'preact/hooks';
import { requestOptions } from '../client/graphqlClient';
import { signIn } from '../client/session';
import { ViewerQuery } from '../app/viewer';
import { describeError } from '../ui/states';

/**
 * Sign-in with a bearer token (an administrator's is in the server's data/admin.token; others come from
 * issueToken). The token is checked against the registry before it is kept for this tab.
 */
export function SignInPage() {
  const client = useClient();
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    setChecking(true);
    setProblem(null);
    const result = await client
      .query(ViewerQuery, {}, { requestPolicy: 'network-only', fetchOptions: requestOptions(token.trim()) })
      .toPromise();
    setChecking(false);
    if (result.data) return signIn(token);
    const { code, message } = describeError(result.error);
    setProblem(code === 'UNAUTHENTICATED' ? 'The registry refused this token: it is unknown, revoked or expired.' : message);
  }

  return (
    <main id="main" class="sign-in">
      <form class="card sign-in-card" onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Registry Bridge</h1>
        <p>Sign in with an API token. An administrator’s first token is in the server’s <code>data/admin.token</code>.</p>
        <label for="token">API token</label>
        <input
          id="token"
          type="password"
          autoComplete="off"
          spellcheck={false}
          required
          value={token}
          onInput={(e) => setToken(e.currentTarget.value)}
          aria-describedby={problem ? 'sign-in-problem' : undefined}
          aria-invalid={problem ? true : undefined}
        />
        {problem && (
          <p id="sign-in-problem" class="field-error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" class="primary" disabled={checking || token.trim() === ''}>
          {checking ? 'Checking…' : 'Sign in'}
        </button>
        <p class="hint">The token stays in this browser tab only and is sent as a bearer header, never as a cookie.</p>
      </form>
    </main>
  );
}
