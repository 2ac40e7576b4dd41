/** What the layout worker is asked: boxes and the edges between them. */
export interface LayoutRequest {
  id: number;
  nodes: { id: string; width: number; height: number }[];
  edges: { id: string; source: string; target: string; label: string }[];
}

/** Where everything goes: each box's centre, each edge's polyline, and the drawing's size. */
export interface LayoutResult {
  id: number;
  nodes: Record<string, { x: number; y: number }>;
  edges: Record<string, { x: number; y: number }[]>;
  width: number;
  height: number;
}
