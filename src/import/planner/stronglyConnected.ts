export interface Components {
  /** Component id per node. Ids follow Tarjan's finishing order: a component's targets have lower ids. */
  component: Int32Array;
  count: number;
}

/**
 * Tarjan's strongly connected components over an adjacency list of node indexes, iterative so that chains of
 * 100k links do not overflow the call stack. O(nodes + edges).
 */
export function stronglyConnected(adjacency: readonly (readonly number[])[]): Components {
  const n = adjacency.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const frames: number[] = [];
  const positions: number[] = [];
  let counter = 0;
  let count = 0;
  const enter = (v: number) => {
    index[v] = low[v] = counter++;
    stack.push(v);
    onStack[v] = 1;
    frames.push(v);
    positions.push(0);
  };
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    enter(root);
    while (frames.length > 0) {
      const top = frames.length - 1;
      const v = frames[top];
      const edges = adjacency[v];
      if (positions[top] < edges.length) {
        const w = edges[positions[top]++];
        if (index[w] === -1) enter(w);
        else if (onStack[w]) low[v] = Math.min(low[v], index[w]);
        continue;
      }
      frames.pop();
      positions.pop();
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component[w] = count;
        } while (w !== v);
        count++;
      }
      if (frames.length > 0) low[frames[frames.length - 1]] = Math.min(low[frames[frames.length - 1]], low[v]);
    }
  }
  return { component, count };
}
