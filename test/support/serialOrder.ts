/*
 * "The final state equals some serial order of the operations": a search for an order in which applying the
 * operations one at a time to the initial state explains every answer and ends in the observed final state.
 */

/** One operation that ran, as its effect on a state: null when its answer could not come from that state. */
export interface Operation<S> {
  name: string;
  apply(state: S): S | null;
}

/**
 * An order of all `ops` whose one-at-a-time application to `initial` succeeds at every step and ends in a state
 * `isFinal` accepts, or null when there is none. Depth-first over orders; two partial orders that applied the same
 * operations and reached the same state (`key`) have the same futures, so each is explored once: at most
 * 2^ops × distinct states.
 */
export function findSerialOrder<S>(
  initial: S,
  ops: readonly Operation<S>[],
  isFinal: (state: S) => boolean,
  key: (state: S) => string,
): string[] | null {
  const explored = new Set<string>();
  const applied = ops.map(() => false);
  const search = (state: S, order: string[]): string[] | null => {
    if (order.length === ops.length) return isFinal(state) ? order : null;
    const memo = `${applied.map((a) => (a ? 1 : 0)).join('')}|${key(state)}`;
    if (explored.has(memo)) return null;
    explored.add(memo);
    for (let i = 0; i < ops.length; i++) {
      if (applied[i]) continue;
      const next = ops[i].apply(state);
      if (next === null) continue;
      applied[i] = true;
      const found = search(next, [...order, ops[i].name]);
      applied[i] = false;
      if (found) return found;
    }
    return null;
  };
  return search(initial, []);
}
