import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AccessControl } from '../../auth/accessControl.js';
import { RegistryObjectEntity } from '../../entities/index.js';
import { RegistryError } from '../../errors/registryError.js';
import { edgesAmong, type EdgeFilter, incidentEdges, type IncidentEdge, referenceNamesAround } from './graphEdgeQueries.js';

/** Bounds of one neighbourhood: it must stay small enough to lay out and read. */
export const GRAPH_BOUNDS = { maxDepth: 2, maxLimitPerNode: 50, maxExpandedLimit: 500, maxNodes: 1000 } as const;

export interface ReferenceGraphRequest {
  root: string;
  depth: number;
  limitPerNode: number;
  kinds?: readonly string[] | null;
  names?: readonly string[] | null;
  /** Nodes whose edges are shown beyond limitPerNode ("+k more"), with their own limit. */
  expand?: readonly { uuid: string; limit: number }[] | null;
}

export interface GraphNode {
  uuid: string;
  depth: number;
  /** Null when the object is missing here or hidden from the caller: it is drawn as its bare UUID. */
  kind: string | null;
  /** Whether its references were followed: objects the caller may view, nearer than the depth. */
  expanded: boolean;
  limit: number;
  /** Expanded nodes: edges that pass the filter, drawn or not. */
  matchedEdges: number;
  /** Expanded nodes: matching edges not drawn because of the limit (the "+k more"). */
  hiddenByLimit: number;
  /** Expanded nodes: edges the filter leaves out. */
  hiddenByFilter: number;
}

export interface GraphEdge {
  source: string;
  name: string;
  target: string;
}

export interface ReferenceGraph {
  rootUuid: string;
  depth: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Edges left out, each counted once: by the per-node limits, and by the filter. */
  hiddenByLimit: number;
  hiddenByFilter: number;
  /** The node cap was reached: some neighbours were not added (their edges count as hidden by limit). */
  truncated: boolean;
  /** Reference names around the expanded nodes, with how many edges bear each (before the name filter). */
  referenceNames: { name: string; count: number }[];
}

/**
 * The neighbourhood of an object in the reference graph, breadth first to `depth` (at most 2), both directions:
 * each expanded node shows at most its limit of matching edges, and every edge left out is counted, on the node
 * ("+k more") and in the totals, never dropped silently. Edges between drawn nodes are always drawn. Null when
 * the root does not exist or is hidden from the caller. Two statements per level and two more, whatever the size.
 */
export async function referenceGraph(em: SqlEntityManager, access: AccessControl, request: ReferenceGraphRequest): Promise<ReferenceGraph | null> {
  checkBounds(request);
  await access.ready();
  const root = await em.findOne(RegistryObjectEntity, { uuid: request.root });
  if (!root || !access.canView(root)) return null;
  const filter: EdgeFilter = { names: request.names?.length ? request.names : null, kinds: request.kinds?.length ? request.kinds : null, rootUuid: root.uuid };
  const limits = new Map((request.expand ?? []).map((e) => [e.uuid, e.limit]));
  const limitOf = (uuid: string) => Math.max(request.limitPerNode, limits.get(uuid) ?? 0);
  const graph = new GraphBuilder();
  graph.addNode({ uuid: root.uuid, depth: 0, kind: root.kind });
  let frontier = [graph.node(root.uuid)!];
  for (let depth = 0; depth < request.depth; depth++) {
    const expandable = frontier.filter((n) => n.kind !== null);
    if (expandable.length === 0) break;
    const uuids = expandable.map((n) => n.uuid);
    const limit = Math.max(...uuids.map(limitOf));
    const [out, incoming] = [await incidentEdges(em, access, uuids, true, filter, limit), await incidentEdges(em, access, uuids, false, filter, limit)];
    const next: GraphNode[] = [];
    for (const node of expandable) {
      node.expanded = true;
      node.limit = limitOf(node.uuid);
      node.matchedEdges = (out.matched.get(node.uuid) ?? 0) + (incoming.matched.get(node.uuid) ?? 0);
      node.hiddenByFilter = (out.all.get(node.uuid) ?? 0) + (incoming.all.get(node.uuid) ?? 0) - node.matchedEdges;
      const shown = [...out.shown, ...incoming.shown].filter((e) => e.node === node.uuid).slice(0, node.limit);
      for (const edge of shown) {
        const added = graph.reach(edge, depth + 1);
        if (added) next.push(added);
      }
    }
    frontier = next;
  }
  await graph.addEdgesAmongNodes(em, filter);
  return graph.finish(request.depth, await referenceNamesAround(em, access, graph.expandedUuids()));
}

function checkBounds(r: ReferenceGraphRequest): void {
  const { maxDepth, maxLimitPerNode, maxExpandedLimit } = GRAPH_BOUNDS;
  if (!Number.isInteger(r.depth) || r.depth < 1 || r.depth > maxDepth) throw RegistryError.badInput(`depth must be between 1 and ${maxDepth}.`);
  if (!Number.isInteger(r.limitPerNode) || r.limitPerNode < 1 || r.limitPerNode > maxLimitPerNode) {
    throw RegistryError.badInput(`limitPerNode must be between 1 and ${maxLimitPerNode}.`);
  }
  for (const e of r.expand ?? []) {
    if (!Number.isInteger(e.limit) || e.limit < 1 || e.limit > maxExpandedLimit) throw RegistryError.badInput(`An expanded node's limit must be between 1 and ${maxExpandedLimit}.`);
  }
}

/** Nodes and edges as they are found, and the accounting of what was left out. */
class GraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  private truncated = false;
  private filteredTwice = 0;

  node(uuid: string): GraphNode | undefined {
    return this.nodes.get(uuid);
  }

  addNode(n: { uuid: string; depth: number; kind: string | null }): GraphNode {
    const node: GraphNode = { ...n, expanded: false, limit: 0, matchedEdges: 0, hiddenByLimit: 0, hiddenByFilter: 0 };
    this.nodes.set(n.uuid, node);
    return node;
  }

  /** Draws an edge found from one of its ends; returns the other end when it is new. Past the cap, nothing. */
  reach(edge: IncidentEdge, depth: number): GraphNode | null {
    let added: GraphNode | null = null;
    if (!this.nodes.has(edge.other)) {
      if (this.nodes.size >= GRAPH_BOUNDS.maxNodes) {
        this.truncated = true;
        return null;
      }
      added = this.addNode({ uuid: edge.other, depth, kind: edge.otherKind });
    }
    const [source, target] = edge.outgoing ? [edge.node, edge.other] : [edge.other, edge.node];
    this.edges.set(`${source}\u0000${edge.name}\u0000${target}`, { source, name: edge.name, target });
    return added;
  }

  /**
   * Every reference between two drawn nodes is drawn when it passes the name filter (both its ends passed the
   * kind filter already). One that does not pass it, between two expanded nodes, was counted by both: noted.
   */
  async addEdgesAmongNodes(em: SqlEntityManager, filter: EdgeFilter): Promise<void> {
    const all = [...this.nodes.values()];
    const sources = all.filter((n) => n.kind !== null).map((n) => n.uuid);
    for (const e of await edgesAmong(em, sources, all.map((n) => n.uuid))) {
      if (!filter.names || filter.names.includes(e.name)) {
        this.edges.set(`${e.source}\u0000${e.name}\u0000${e.target}`, e);
      } else if (e.source !== e.target && this.nodes.get(e.source)!.expanded && this.nodes.get(e.target)!.expanded) {
        this.filteredTwice++;
      }
    }
  }

  expandedUuids(): string[] {
    return [...this.nodes.values()].filter((n) => n.expanded).map((n) => n.uuid);
  }

  /** Per expanded node, matching edges not drawn; an edge hidden has exactly one expanded end, so sums are exact. */
  finish(depth: number, names: Map<string, number>): ReferenceGraph {
    const drawn = new Map<string, number>();
    for (const e of this.edges.values()) {
      drawn.set(e.source, (drawn.get(e.source) ?? 0) + 1);
      if (e.target !== e.source) drawn.set(e.target, (drawn.get(e.target) ?? 0) + 1);
    }
    let hiddenByLimit = 0;
    let hiddenByFilter = -this.filteredTwice;
    for (const node of this.nodes.values()) {
      if (!node.expanded) continue;
      node.hiddenByLimit = node.matchedEdges - (drawn.get(node.uuid) ?? 0);
      if (node.hiddenByLimit < 0) throw new Error(`reference graph accounting: node ${node.uuid} draws more edges than match`);
      hiddenByLimit += node.hiddenByLimit;
      hiddenByFilter += node.hiddenByFilter;
    }
    const [root] = this.nodes.keys();
    return {
      rootUuid: root,
      depth,
      nodes: [...this.nodes.values()],
      edges: [...this.edges.values()],
      hiddenByLimit,
      hiddenByFilter,
      truncated: this.truncated,
      referenceNames: [...names].map(([name, count]) => ({ name, count })),
    };
  }
}
