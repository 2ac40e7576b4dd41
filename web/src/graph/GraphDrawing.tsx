import { useLocation } from 'preact-iso';
import { humanize } from '../ui/format';
import { type Graph, edgeId, NODE_HEIGHT, nodeWidth, shownLabel, truncate } from './graphModel';
import type { LayoutResult } from './layoutTypes';

const objectHref = (uuid: string) => `/objects/${encodeURIComponent(uuid)}/graph`;

/**
 * The laid-out graph as SVG: each object a link to its own neighbourhood, a missing or hidden one its bare UUID
 * in a dashed box, each reference an arrow with its name, and "+k more" on nodes whose edges were cut.
 */
export function GraphDrawing({ graph, layout, onExpand }: { graph: Graph; layout: LayoutResult; onExpand: (uuid: string) => void }) {
  const { route } = useLocation();
  // The router follows HTML links only; an SVG link is followed here, without reloading the console.
  const follow = (uuid: string) => (e: MouseEvent) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    route(objectHref(uuid));
  };
  return (
    <div class="graph-canvas">
      <svg
        role="group"
        aria-label={`Reference graph: ${graph.nodes.length} objects, ${graph.edges.length} references`}
        viewBox={`0 0 ${Math.max(layout.width, 1)} ${Math.max(layout.height, 1)}`}
        width={layout.width}
        height={layout.height}
      >
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" class="arrow-head" />
          </marker>
        </defs>
        {graph.edges.map((e) => {
          const points = layout.edges[edgeId(e)] ?? [];
          if (points.length < 2) return null;
          const mid = points[Math.floor(points.length / 2)];
          return (
            <g key={edgeId(e)} class="graph-edge">
              <polyline points={points.map((p) => `${p.x},${p.y}`).join(' ')} marker-end="url(#arrow)" />
              <text x={mid.x} y={mid.y - 4} text-anchor="middle">{truncate(e.name, 22)}</text>
            </g>
          );
        })}
        {graph.nodes.map((n) => {
          const at = layout.nodes[n.uuid];
          if (!at) return null;
          const w = nodeWidth(n);
          const x = at.x - w / 2;
          const y = at.y - NODE_HEIGHT / 2;
          const cls = `graph-node${n.object ? '' : ' missing'}${n.uuid === graph.rootUuid ? ' root' : ''}`;
          const box = (
            <>
              <rect x={x} y={y} width={w} height={NODE_HEIGHT} rx={6} />
              <text x={at.x} y={y + 19} text-anchor="middle" class={n.object ? 'node-name' : 'node-uuid'}>{shownLabel(n)}</text>
              <text x={at.x} y={y + 35} text-anchor="middle" class="node-kind">{n.object ? humanize(n.object.kind) : 'missing or hidden'}</text>
            </>
          );
          return (
            <g key={n.uuid} class={cls} data-uuid={n.uuid}>
              {n.object ? <a href={objectHref(n.uuid)} onClick={follow(n.uuid)}>{box}</a> : box}
              {n.hiddenByLimit > 0 && (
                // The same action as the "Show more of" buttons above the drawing, which keyboards and readers use.
                <g class="more" aria-hidden="true" onClick={() => onExpand(n.uuid)}>
                  <rect x={x + w - 34} y={y - 10} width={40} height={18} rx={9} />
                  <text x={x + w - 14} y={y + 3} text-anchor="middle">+{n.hiddenByLimit}</text>
                </g>
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
