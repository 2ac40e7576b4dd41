/** Relay page info, as every connection of the schema returns it. */
export interface PageInfoValue {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/**
 * Page info for a forward page of edges. Pages are keyset-paged forward only, so a page has a previous page
 * exactly when it started after a cursor.
 */
export function pageInfo(edges: readonly { cursor: string }[], hasNextPage: boolean, after: string | null): PageInfoValue {
  return { hasNextPage, hasPreviousPage: Boolean(after), startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null };
}
