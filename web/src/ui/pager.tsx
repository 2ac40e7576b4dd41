import { useState } from 'preact/hooks';

/**
 * Forward keyset paging with a way back: the API pages by cursor, so the cursors of the pages seen are kept to
 * return to them. `reset` starts over (a filter changed).
 */
export function useCursorPager() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    after: cursors[cursors.length - 1],
    page: cursors.length,
    next: (endCursor: string) => setCursors((c) => [...c, endCursor]),
    previous: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
    reset: () => setCursors([null]),
  };
}

export type CursorPager = ReturnType<typeof useCursorPager>;

/** "Rows 51–100 of 2,345" with Previous and Next. */
export function Pager(props: {
  pager: CursorPager;
  pageSize: number;
  shown: number;
  total?: number | null;
  endCursor?: string | null;
  hasNextPage: boolean;
  label: string;
}) {
  const { pager, pageSize, shown, total, endCursor, hasNextPage, label } = props;
  const from = shown === 0 ? 0 : (pager.page - 1) * pageSize + 1;
  const to = (pager.page - 1) * pageSize + shown;
  return (
    <nav class="pager" aria-label={`${label} pages`}>
      <span aria-live="polite">
        {shown === 0 ? 'No rows' : `Rows ${from.toLocaleString()}–${to.toLocaleString()}`}
        {total != null && ` of ${total.toLocaleString()}`}
      </span>
      <button type="button" onClick={pager.previous} disabled={pager.page === 1}>
        Previous
      </button>
      <button type="button" onClick={() => endCursor && pager.next(endCursor)} disabled={!hasNextPage || !endCursor}>
        Next
      </button>
    </nav>
  );
}
