import { RegistryError } from '../errors/registryError.js';

/*
 * Keyset pages: a page starts after the key of the last row of the one before, given to clients as an opaque
 * cursor (base64url). One codec for every paged list; each list keeps its own cursor text, so cursors already
 * handed out keep working.
 */

/** A codec of one list's cursors. `decode` refuses anything but a cursor `encode` made (BAD_USER_INPUT). */
export interface CursorCodec<K> {
  encode(key: K): string;
  decode(cursor: string): K;
}

function invalidCursor(): RegistryError {
  return RegistryError.badInput('Invalid cursor: use a cursor returned by a previous page.');
}

/** Cursors over an archive line, `<prefix>:<line>` (decisions, outcomes, staged objects). */
export function lineCursor(prefix: string): CursorCodec<number> {
  const pattern = new RegExp(`^${prefix}:(\\d{1,10})$`);
  return {
    encode: (line) => Buffer.from(`${prefix}:${line}`).toString('base64url'),
    decode: (cursor) => {
      const match = pattern.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
      if (!match) throw invalidCursor();
      return Number(match[1]);
    },
  };
}

/** Cursors over a tuple, as a JSON array; `check` gives the key back from a decoded array, or null if it is none. */
export function tupleCursor<K>(toTuple: (key: K) => unknown[], check: (tuple: unknown[]) => K | null): CursorCodec<K> {
  return {
    encode: (key) => Buffer.from(JSON.stringify(toTuple(key))).toString('base64url'),
    decode: (cursor) => {
      let key: K | null = null;
      try {
        const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
        if (Array.isArray(value)) key = check(value);
      } catch {
        // not a cursor: refused below
      }
      if (key === null) throw invalidCursor();
      return key;
    },
  };
}

/** Cursors over two strings (a name and a UUID, say). */
export function stringPairCursor(): CursorCodec<[string, string]> {
  return tupleCursor(
    (pair) => pair,
    (tuple) => (tuple.length === 2 && tuple.every((v) => typeof v === 'string') ? (tuple as [string, string]) : null),
  );
}

/** Refuses a page size outside 0..max (BAD_USER_INPUT). */
export function checkPageSize(first: number, max: number): void {
  if (first < 0 || first > max) throw RegistryError.badInput(`first must be between 0 and ${max}.`);
}
