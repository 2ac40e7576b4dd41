/**
 * The signed-in user's bearer token, kept in sessionStorage: it lives as long as the tab, is never a cookie
 * (so the server's CSRF protection stays as it is) and is sent only as an Authorization header.
 */
const KEY = 'registry-bridge.token';

type Listener = (token: string | null) => void;
const listeners = new Set<Listener>();

export function currentToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null; // storage disabled: nobody is signed in
  }
}

export function signIn(token: string): void {
  sessionStorage.setItem(KEY, token.trim());
  for (const l of listeners) l(token.trim());
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
  for (const l of listeners) l(null);
}

/** Calls `listener` whenever the token changes; returns the unsubscribe function. */
export function onTokenChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
