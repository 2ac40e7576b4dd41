import type { ConsoleReferenceGraphQuery } from '../gql/graphql';
import type { LayoutRequest } from './layoutTypes';

export type Graph = NonNullable<ConsoleReferenceGraphQuery['referenceGraph']>;
export type GraphNode = Graph['nodes'][number];
export type GraphEdge = Graph['edges'][number];

/** Above this many nodes a table says more than a drawing (and lays out in no time). */
export const GRAPH_DRAWING_MAX_NODES = 150;

export const NODE_HEIGHT = 46;
const CHAR_WIDTH = 7.2;
const UUID_CHAR_WIDTH = 6.3;

/** What a node says: its name, or for a missing or hidden object its bare UUID. */
export function nodeLabel(n: GraphNode): string {
  return n.object ? n.object.name : n.uuid;
}

export function truncate(text: string, max = 30): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A missing or hidden object is its bare UUID, whole (monospace, smaller); a name is cut at 30 characters. */
export function shownLabel(n: GraphNode): string {
  return n.object ? truncate(n.object.name) : n.uuid;
}

export function nodeWidth(n: GraphNode): number {
  const text = shownLabel(n).length * (n.object ? CHAR_WIDTH : UUID_CHAR_WIDTH);
  return Math.round(Math.max(120, Math.min(280, text + 28)));
}

export function edgeId(e: GraphEdge): string {
  return `${e.sourceUuid}\u0000${e.name}\u0000${e.targetUuid}`;
}

/** The worker's input for a graph. */
export function layoutRequestOf(g: Graph): Omit<LayoutRequest, 'id'> {
  return {
    nodes: g.nodes.map((n) => ({ id: n.uuid, width: nodeWidth(n), height: NODE_HEIGHT })),
    edges: g.edges.map((e) => ({ id: edgeId(e), source: e.sourceUuid, target: e.targetUuid, label: e.name })),
  };
}
