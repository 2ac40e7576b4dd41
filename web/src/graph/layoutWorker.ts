/// <reference lib="webworker" />
import dagre from '@dagrejs/dagre';
import type { LayoutRequest, LayoutResult } from './layoutTypes';

/**
 * Lays out a reference graph off the main thread: dagre's layered layout (references flow left to right), so the
 * page stays responsive however long it takes.
 */
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, nodes, edges } = event.data;
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 18, ranksep: 90, edgesep: 8, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes) g.setNode(n.id, { width: n.width, height: n.height });
  for (const e of edges) g.setEdge(e.source, e.target, { width: Math.min(140, e.label.length * 6), height: 12, labelpos: 'c' }, e.id);
  dagre.layout(g);
  const result: LayoutResult = { id, nodes: {}, edges: {}, width: g.graph().width ?? 0, height: g.graph().height ?? 0 };
  for (const n of nodes) {
    const placed = g.node(n.id);
    result.nodes[n.id] = { x: placed.x, y: placed.y };
  }
  for (const e of edges) result.edges[e.id] = g.edge(e.source, e.target, e.id).points ?? [];
  (self as unknown as Worker).postMessage(result);
};
