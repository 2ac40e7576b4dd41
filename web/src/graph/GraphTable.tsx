import { humanize } from '../ui/format';
import type { Graph } from './graphModel';

/** The same neighbourhood as tables: used above the drawing's size limit, or when asked for. */
export function GraphTable({ graph, onExpand }: { graph: Graph; onExpand: (uuid: string) => void }) {
  const names = new Map(graph.nodes.map((n) => [n.uuid, n.object?.name ?? null]));
  const show = (uuid: string) => {
    const name = names.get(uuid);
    return name ? <a href={`/objects/${encodeURIComponent(uuid)}/graph`}>{name}</a> : <code>{uuid}</code>;
  };
  return (
    <div class="grid-2">
      <div class="card">
        <h2>Objects ({graph.nodes.length})</h2>
        <table class="table compact graph-nodes">
          <thead>
            <tr><th scope="col">Object</th><th scope="col">Kind</th><th scope="col" class="num">Hops</th><th scope="col">Not drawn</th></tr>
          </thead>
          <tbody>
            {graph.nodes.map((n) => (
              <tr key={n.uuid}>
                <td>{show(n.uuid)}</td>
                <td>{n.object ? humanize(n.object.kind) : 'missing or hidden'}</td>
                <td class="num">{n.depth}</td>
                <td>
                  {n.hiddenByLimit > 0 && <button type="button" class="link-button" onClick={() => onExpand(n.uuid)}>+{n.hiddenByLimit} more</button>}
                  {n.hiddenByFilter > 0 && <span class="hint"> {n.hiddenByFilter} filtered</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="card">
        <h2>References ({graph.edges.length})</h2>
        <table class="table compact graph-edges">
          <thead>
            <tr><th scope="col">Source</th><th scope="col">Reference</th><th scope="col">Target</th></tr>
          </thead>
          <tbody>
            {graph.edges.map((e) => (
              <tr key={`${e.sourceUuid}${e.name}${e.targetUuid}`}>
                <td>{show(e.sourceUuid)}</td>
                <td>{e.name}</td>
                <td>{show(e.targetUuid)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
