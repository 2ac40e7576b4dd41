import { useEffect, useState } from 'preact/hooks';
import { currentToken, onTokenChange } from '../client/session';

/** The bearer token of this tab, re-rendering when it signs in or out. */
export function useToken(): string | null {
  const [token, setToken] = useState(currentToken);
  useEffect(() => onTokenChange(setToken), []);
  return token;
}
