import { useEffect, useRef, useState } from 'preact/hooks';
import type { LayoutRequest, LayoutResult } from './layoutTypes';

/**
 * The layout of a graph, computed by a web worker (layoutWorker.ts). Null while it is being computed; a newer
 * request makes an older answer irrelevant.
 */
export function useLayout(request: Omit<LayoutRequest, 'id'> | null): { layout: LayoutResult | null; error: string | null } {
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const [state, setState] = useState<{ layout: LayoutResult | null; error: string | null }>({ layout: null, error: null });
  useEffect(() => {
    const w = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<LayoutResult>) => {
      if (e.data.id === latest.current) setState({ layout: e.data, error: null });
    };
    w.onerror = (e) => setState({ layout: null, error: e.message || 'The layout failed.' });
    worker.current = w;
    return () => w.terminate();
  }, []);
  useEffect(() => {
    if (!request || !worker.current) return;
    latest.current += 1;
    setState({ layout: null, error: null });
    worker.current.postMessage({ ...request, id: latest.current });
  }, [request]);
  return state;
}
