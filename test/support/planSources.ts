/** Previews a registry has served from `source` (registry_planning_duration_seconds_count, per source), read off /metrics. */
export async function previewsFrom(registry: { baseUrl: string }, source: string): Promise<number> {
  const text = await (await fetch(`${registry.baseUrl}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith('registry_planning_duration_seconds_count{') && l.includes(`source="${source}"`));
  return line === undefined ? 0 : Number(line.slice(line.lastIndexOf(' ') + 1));
}
