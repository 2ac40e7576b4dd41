import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AccessControl } from '../../auth/accessControl.js';
import { rawQuery } from '../../db/rawQuery.js';
import { visibleObjectsQuery } from './visibleObjects.js';

/** Which edges count for the graph: reference names, and the kinds of the objects at their other end. */
export interface EdgeFilter {
  names: readonly string[] | null;
  kinds: readonly string[] | null;
  /** The root passes the kind filter whatever its kind: it is the object being looked at. */
  rootUuid: string;
}

/** One edge of a node, seen from that node. `otherKind` is null when the other end is missing or hidden. */
export interface IncidentEdge {
  node: string;
  name: string;
  other: string;
  otherKind: string | null;
  outgoing: boolean;
}

/** A node's edges by direction: the first ones that match, how many match, and how many there are in all. */
export interface IncidentEdges {
  shown: IncidentEdge[];
  matched: Map<string, number>;
  all: Map<string, number>;
}

/**
 * The edges of `nodes` in one direction, at most `limit` matching ones per node (by name, then the other end's
 * UUID), with per-node totals, in one statement: window functions number and count each node's edges. Outgoing
 * edges may point at anything (a missing or hidden target comes back without a kind, like Reference.target);
 * incoming ones count only from sources the caller may view.
 */
export async function incidentEdges(
  em: SqlEntityManager,
  access: AccessControl,
  nodes: readonly string[],
  outgoing: boolean,
  filter: EdgeFilter,
  limit: number,
): Promise<IncidentEdges> {
  const result: IncidentEdges = { shown: [], matched: new Map(), all: new Map() };
  if (nodes.length === 0) return result;
  const knex = em.getKnex();
  const [self, other] = outgoing ? ['r.source_uuid', 'r.target_uuid'] : ['r.target_uuid', 'r.source_uuid'];
  const matchSql = matchExpression(filter, other);
  const inner = knex
    .select(
      knex.raw(`${self} as node`),
      'r.name',
      knex.raw(`${other} as other`),
      knex.raw('o.kind as other_kind'),
      knex.raw(`${matchSql.sql} as matched`, matchSql.bindings),
      knex.raw(`row_number() over (partition by ${self}, ${matchSql.sql} order by r.name, ${other}) as rn`, matchSql.bindings),
      knex.raw(`sum(${matchSql.sql}) over (partition by ${self}) as matched_total`, matchSql.bindings),
      knex.raw(`count(*) over (partition by ${self}) as all_total`),
    )
    .from('object_reference as r')
    .whereIn(self, [...nodes]);
  const visible = visibleObjectsQuery(em, access).as('o');
  if (outgoing) inner.leftJoin(visible, 'o.uuid', 'r.target_uuid');
  else inner.join(visible, 'o.uuid', 'r.source_uuid').whereRaw('r.source_uuid <> r.target_uuid'); // a self-loop counts once, as outgoing
  // Every node's totals come back even when nothing of it matches: the row numbered 1 of each partition.
  const rows = await rawQuery<Record<string, unknown>>(
    em,
    knex.select('*').from(inner.as('x')).where((q) => q.where('x.matched', 1).andWhere('x.rn', '<=', limit).orWhere('x.rn', 1)),
  );
  for (const row of rows) {
    const node = String(row.node);
    result.matched.set(node, Number(row.matched_total));
    result.all.set(node, Number(row.all_total));
    if (Number(row.matched) === 1 && Number(row.rn) <= limit) {
      result.shown.push({ node, name: String(row.name), other: String(row.other), otherKind: (row.other_kind as string | null) ?? null, outgoing });
    }
  }
  return result;
}

/** `1` when an edge passes the filter, else `0`, as SQL over the reference `r` and its other end `o`. */
function matchExpression(filter: EdgeFilter, otherColumn: string): { sql: string; bindings: string[] } {
  const parts: string[] = [];
  const bindings: string[] = [];
  if (filter.names?.length) {
    parts.push(`r.name in (${filter.names.map(() => '?').join(', ')})`);
    bindings.push(...filter.names);
  }
  if (filter.kinds?.length) {
    // A missing or hidden end has no kind the caller may know: it passes, drawn as a bare UUID.
    parts.push(`(o.kind is null or ${otherColumn} = ? or o.kind in (${filter.kinds.map(() => '?').join(', ')}))`);
    bindings.push(filter.rootUuid, ...filter.kinds);
  }
  return { sql: parts.length ? `(case when ${parts.join(' and ')} then 1 else 0 end)` : '1', bindings };
}

/** Every reference among `nodes` whose source the caller may view: the edges between nodes already drawn. */
export async function edgesAmong(
  em: SqlEntityManager,
  visibleSources: readonly string[],
  nodes: readonly string[],
): Promise<{ source: string; name: string; target: string }[]> {
  if (visibleSources.length === 0 || nodes.length === 0) return [];
  const knex = em.getKnex();
  const rows = await rawQuery<Record<string, string>>(
    em,
    knex
      .select('r.source_uuid', 'r.name', 'r.target_uuid')
      .from('object_reference as r')
      .whereIn('r.source_uuid', [...visibleSources])
      .whereIn('r.target_uuid', [...nodes]),
  );
  return rows.map((r) => ({ source: r.source_uuid, name: r.name, target: r.target_uuid }));
}

/**
 * Reference names around `nodes` (outgoing, and incoming from sources the caller may view) with how many distinct
 * edges bear each: what a name filter can choose from.
 */
export async function referenceNamesAround(em: SqlEntityManager, access: AccessControl, nodes: readonly string[]): Promise<Map<string, number>> {
  const knex = em.getKnex();
  const edge = ['r.source_uuid', 'r.name', 'r.target_uuid'];
  const out = knex.select(edge).from('object_reference as r').whereIn('r.source_uuid', [...nodes]);
  const incoming = knex
    .select(edge)
    .from('object_reference as r')
    .join(visibleObjectsQuery(em, access).as('o'), 'o.uuid', 'r.source_uuid')
    .whereIn('r.target_uuid', [...nodes]);
  // union, not union all: an edge between two of the nodes is one edge
  const rows = await rawQuery<{ name: string; n: unknown }>(
    em,
    knex.select('e.name').count({ n: '*' }).from(out.union(incoming).as('e')).groupBy('e.name').orderBy('e.name'),
  );
  return new Map(rows.map((r) => [r.name, Number(r.n)]));
}
