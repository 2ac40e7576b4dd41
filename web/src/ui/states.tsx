import type { ComponentChildren } from 'preact';
import type { CombinedError } from '@urql/core';

/** Something is on its way: a spinner with words for screen readers and people alike. */
export function Loading({ label = 'Loading' }: { label?: string }) {
  return (
    <div class="state state-loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      <span>{label}…</span>
    </div>
  );
}

/** The code and message of a failed request, with a way to try again. */
export function ErrorState({ error, retry, title = 'Something went wrong' }: { error?: CombinedError | Error | null; retry?: () => void; title?: string }) {
  const { code, message } = describeError(error);
  return (
    <div class="state state-error" role="alert">
      <strong>{title}</strong>
      <p>
        {code && <code class="error-code">{code}</code>} {message}
      </p>
      {retry && (
        <button type="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** Nothing to show, said plainly, with what to do about it. */
export function EmptyState({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="state state-empty">
      <strong>{title}</strong>
      {children && <div>{children}</div>}
    </div>
  );
}

/** The first GraphQL error's code and message, or the network failure's. */
export function describeError(error: CombinedError | Error | null | undefined): { code: string | null; message: string } {
  if (!error) return { code: null, message: 'The request failed.' };
  if ('graphQLErrors' in error && error.graphQLErrors.length) {
    const first = error.graphQLErrors[0];
    return { code: (first.extensions?.code as string | undefined) ?? null, message: first.message };
  }
  if ('networkError' in error && error.networkError) return { code: 'NETWORK', message: `The registry could not be reached: ${error.networkError.message}` };
  return { code: null, message: error.message };
}

export function errorCode(error: CombinedError | null | undefined): string | null {
  return error ? describeError(error).code : null;
}
