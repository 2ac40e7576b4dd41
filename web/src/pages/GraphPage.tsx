import { useQuery } from '@urql/preact';
import { useRoute } from 'preact-iso';
import { useMemo, useState } from 'preact/hooks';
import type { ObjectKind } from '../gql/graphql';
import { GraphDrawing } from '../graph/GraphDrawing';
import { GRAPH_DRAWING_MAX_NODES, type Graph, layoutRequestOf } from '../graph/graphModel';
import { GraphTable } from '../graph/GraphTable';
import { ReferenceGraphQuery } from '../graph/queries';
import { useLayout } from '../graph/useLayout';
import { humanize } from '../ui/format';
import { EmptyState, ErrorState, Loading } from '../ui/states';

const KINDS: ObjectKind[] = ['ASSET', 'OBJECT_TYPE', 'ORGANIZATION', 'USER', 'GROUP', 'LIFECYCLE_MODEL', 'LIFECYCLE_STAGE', 'POLICY', 'PACKAGE'];
/** How many more edges one "+k more" shows of a node (at least the limit again), and the API's ceiling. */
const EXPAND_STEP = 25;
const EXPAND_MAX = 500;

/**
 * An object's neighbourhood in the reference graph: depth 1 or 2, a limit per node, filters by kind and reference
 * name; every edge left out is counted. Drawn when small, a table when large.
 */
export function GraphPage() {
  const { params } = useRoute();
  const root = decodeURIComponent(params.uuid);
  // Another root (a node followed) starts afresh: its own filters, limits and expansions.
  return <GraphExplorer key={root} root={root} />;
}

function GraphExplorer({ root }: { root: string }) {
  const [depth, setDepth] = useState(2);
  const [limit, setLimit] = useState(10);
  const [kinds, setKinds] = useState<ObjectKind[]>([]);
  const [names, setNames] = useState<string[]>([]);
  const [expand, setExpand] = useState<Record<string, number>>({});
  const [asTable, setAsTable] = useState(false);
  const variables = useMemo(
    () => ({
      root,
      depth,
      limit,
      filter: kinds.length || names.length ? { kinds: kinds.length ? kinds : null, names: names.length ? names : null } : null,
      expand: Object.entries(expand).map(([uuid, l]) => ({ uuid, limit: l })),
    }),
    [root, depth, limit, kinds, names, expand],
  );
  const [{ data, error, fetching }, retry] = useQuery({ query: ReferenceGraphQuery, variables });
  const graph = data?.referenceGraph ?? null;
  const onExpand = (uuid: string) => {
    const node = graph?.nodes.find((n) => n.uuid === uuid);
    if (node) setExpand({ ...expand, [uuid]: Math.min(EXPAND_MAX, node.limit + Math.max(EXPAND_STEP, limit)) });
  };
  const toggle = <T,>(list: T[], item: T, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));
  const rootName = graph?.nodes.find((n) => n.uuid === graph.rootUuid)?.object?.name;
  return (
    <section class="page">
      <div class="page-head">
        <h1>References around {rootName ?? root}</h1>
        <a class="button" href={`/objects/${encodeURIComponent(root)}`}>Object page</a>
      </div>
      <form class="card graph-controls" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="graph-depth">Depth</label>
          <select id="graph-depth" value={depth} onChange={(e) => setDepth(Number(e.currentTarget.value))}>
            <option value={1}>1 hop</option>
            <option value={2}>2 hops</option>
          </select>
        </div>
        <div class="field">
          <label for="graph-limit">References per object</label>
          <select id="graph-limit" value={limit} onChange={(e) => { setLimit(Number(e.currentTarget.value)); setExpand({}); }}>
            {[5, 10, 25, 50].map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
        </div>
        <fieldset class="field">
          <legend>Kinds</legend>
          <div class="checks">
            {KINDS.map((k) => (
              <span class="check inline" key={k}>
                <input type="checkbox" id={`graph-kind-${k}`} checked={kinds.includes(k)} onChange={(e) => setKinds(toggle(kinds, k, e.currentTarget.checked))} />
                <label for={`graph-kind-${k}`}>{humanize(k)}</label>
              </span>
            ))}
          </div>
        </fieldset>
        <fieldset class="field">
          <legend>Reference names</legend>
          <div class="checks">
            {(graph?.referenceNames ?? []).map((r) => (
              <span class="check inline" key={r.name}>
                <input type="checkbox" id={`graph-name-${r.name}`} checked={names.includes(r.name)} onChange={(e) => setNames(toggle(names, r.name, e.currentTarget.checked))} />
                <label for={`graph-name-${r.name}`}>{r.name} <span class="count">{r.count}</span></label>
              </span>
            ))}
            {graph && graph.referenceNames.length === 0 && <span class="hint">none</span>}
          </div>
        </fieldset>
      </form>
      {fetching && !graph && <Loading label="Reading the references" />}
      {error && <ErrorState error={error} retry={() => retry({ requestPolicy: 'network-only' })} />}
      {data && !graph && <EmptyState title={`No object ${root} that you may view exists in this registry.`} />}
      {graph && <GraphResult graph={graph} asTable={asTable} setAsTable={setAsTable} onExpand={onExpand} updating={fetching} />}
    </section>
  );
}

const plural = (n: number, noun: string) => `${n.toLocaleString()} ${noun}${n === 1 ? '' : 's'}`;

function GraphResult(props: { graph: Graph; asTable: boolean; setAsTable: (v: boolean) => void; onExpand: (uuid: string) => void; updating: boolean }) {
  const { graph, asTable, setAsTable, onExpand, updating } = props;
  const tooLarge = graph.nodes.length > GRAPH_DRAWING_MAX_NODES;
  const drawn = !tooLarge && !asTable;
  const request = useMemo(() => (drawn ? layoutRequestOf(graph) : null), [graph, drawn]);
  const { layout, error } = useLayout(request);
  const expandable = graph.nodes.filter((n) => n.hiddenByLimit > 0);
  return (
    <div class="card graph-result" aria-busy={updating}>
      <p class="graph-summary" aria-live="polite">
        {plural(graph.nodes.length, 'object')}, {plural(graph.edges.length, 'reference')} drawn.{' '}
        {graph.hiddenByLimit > 0 && <strong>{graph.hiddenByLimit} not drawn because of the limits. </strong>}
        {graph.hiddenByFilter > 0 && <span>{graph.hiddenByFilter} left out by the filters. </span>}
        {graph.truncated && <strong>The neighbourhood reached 1,000 objects and was cut there. </strong>}
      </p>
      {expandable.length > 0 && (
        <div class="expanders">
          <span>Show more of:</span>
          {expandable.map((n) => (
            <button type="button" key={n.uuid} class="chip" onClick={() => onExpand(n.uuid)}>
              {n.object?.name ?? n.uuid} <span class="count">+{n.hiddenByLimit} more</span>
            </button>
          ))}
        </div>
      )}
      {tooLarge ? (
        <p class="hint">More than {GRAPH_DRAWING_MAX_NODES} objects: shown as tables. Narrow the filters or the depth to draw it.</p>
      ) : (
        <div class="check inline">
          <input type="checkbox" id="graph-as-table" checked={asTable} onChange={(e) => setAsTable(e.currentTarget.checked)} />
          <label for="graph-as-table">Show as tables</label>
        </div>
      )}
      {drawn && !layout && !error && <Loading label="Laying out the graph" />}
      {drawn && error && <ErrorState title="The graph could not be laid out" error={new Error(error)} />}
      {drawn && layout && <GraphDrawing graph={graph} layout={layout} onExpand={onExpand} />}
      {!drawn && <GraphTable graph={graph} onExpand={onExpand} />}
    </div>
  );
}
