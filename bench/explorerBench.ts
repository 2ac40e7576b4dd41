import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { BenchCase, BenchContext, BenchFigure } from './benchCase.js';
import { withBenchDatabase } from './benchDatabase.js';
import { runChildTask } from './childTask.js';
import { EXPLORER_PAGE, postgresExplorerFloor, sqliteExplorerFloor } from './explorerFloor.js';
import type { ExplorerServerArgs, ExplorerServerCpu, ExplorerServerFigures, ExplorerServerReady } from './explorerWorker.js';
import { MIB } from './memorySampler.js';
import type { SeededAssets } from './seedRegistry.js';

/** Targets from issue 18 (item 5): against the floor measured in the same run. */
const MAX_ONE_CLIENT_FLOOR_RATIO = 3;
const MIN_CONCURRENT_SHARE_OF_FLOOR = 1 / 3;
const MAX_PEAK_RSS_MIB = 512;

/** Distinct pages asked for, spread over the registry, and how often one client walks them. */
const PAGES = 20;
const ONE_CLIENT_ROUNDS = 3;
const CLIENTS = 32;
const REQUESTS_PER_CLIENT = 10;

const WORKER = fileURLToPath(new URL('./explorerWorker.js', import.meta.url));

/**
 * The object explorer measured from outside: a registry of `objects` assets (3 references each) served by a
 * process of its own (explorerWorker.ts), and clients in this process asking over HTTP for pages of 100 assets
 * with their owner, lifecycle state, references and the references' targets. One client (p50), then 32 at once
 * (pages per second, p50), beside the floor: the same pages read with hand-written SQL and serialized here
 * (explorerFloor.ts), in the same run. Every floor page must equal the API's answer. With `--postgres`, on a
 * fresh PostgreSQL database. EXPLORER_CPU_PROF=<dir> profiles the server (node --cpu-prof).
 */
export const explorerCase: BenchCase = {
  name: 'explorer',
  description: 'pages of 100 assets with owners, states, references and targets over HTTP, 1 and 32 clients, beside a hand-written SQL floor',
  async run(ctx) {
    if (!ctx.postgresAdminUrl) return measureExplorer(ctx, null);
    return withBenchDatabase(ctx.postgresAdminUrl, (databaseUrl) => measureExplorer(ctx, databaseUrl));
  },
};

async function measureExplorer(ctx: BenchContext, databaseUrl: string | null): Promise<BenchFigure[]> {
  const { workDir, objects, referencesPerObject, attributeBytes } = ctx;
  const on = databaseUrl ? 'PostgreSQL' : 'SQLite';
  ctx.log(`seeding ${objects} assets and ${objects * referencesPerObject} references on ${on} (in a child process)`);
  const seeded = await runChildTask<SeededAssets>('seed-assets', { workDir, objects, referencesPerObject, attributeBytes, databaseUrl });
  ctx.log(`seeded in ${seeded.seedSeconds.toFixed(2)} s; starting the registry in a process of its own`);
  const floor = databaseUrl ? await postgresExplorerFloor(databaseUrl) : sqliteExplorerFloor(seeded.dataDir);
  const server = await startServer({ dataDir: seeded.dataDir, databaseUrl });
  try {
    const cursors = await floor.cursors(PAGES);
    const ask = client(server.ready);
    ctx.log('checking that the floor answers what the API answers, and warming both up');
    for (const cursor of cursors) {
      const [api, own] = [await ask(cursor), await floor.page(cursor)];
      if (!isDeepStrictEqual(JSON.parse(api), JSON.parse(own))) throw new Error(`the floor's page after ${cursor} differs from the API's`);
    }
    const walk = Array.from({ length: ONE_CLIENT_ROUNDS }, () => cursors).flat();
    ctx.log(`floor: ${walk.length} pages, one at a time`);
    const floorCpu = process.cpuUsage();
    const floorTimes = await serially(walk, (c) => floor.page(c));
    const floorCpuMs = cpuMs(process.cpuUsage(floorCpu)) / walk.length;
    ctx.log(`API: ${walk.length} pages, one client`);
    const serverCpuBefore = await server.cpuMicros();
    const oneClient = await serially(walk, ask);
    const serverCpuMs = ((await server.cpuMicros()) - serverCpuBefore) / 1000 / walk.length;
    ctx.log(`API: ${CLIENTS} clients, ${REQUESTS_PER_CLIENT} pages each`);
    const concurrent = await concurrently(cursors, ask);
    const serverFigures = await server.stop();
    const floorP50 = median(floorTimes);
    const floorPerSecond = 1000 / floorP50;
    const oneP50 = median(oneClient);
    const target = (max: number) => (databaseUrl ? undefined : max);
    return [
      { label: `explorer (${on}): floor p50`, value: floorP50, unit: 'ms' },
      { label: `explorer (${on}): floor serial pages/s`, value: floorPerSecond, unit: 'pages/s' },
      { label: `explorer (${on}): 1 client p50`, value: oneP50, unit: 'ms' },
      { label: `explorer (${on}): 1 client ratio to floor`, value: oneP50 / floorP50, unit: '×', max: target(MAX_ONE_CLIENT_FLOOR_RATIO) },
      // CPU time per page, the server's (one client) beside the floor's: what a loaded machine disturbs least.
      { label: `explorer (${on}): floor CPU per page`, value: floorCpuMs, unit: 'ms' },
      { label: `explorer (${on}): server CPU per page`, value: serverCpuMs, unit: 'ms' },
      { label: `explorer (${on}): CPU ratio to floor`, value: serverCpuMs / floorCpuMs, unit: '×' },
      { label: `explorer (${on}): ${CLIENTS} clients pages/s`, value: concurrent.perSecond, unit: 'pages/s' },
      { label: `explorer (${on}): ${CLIENTS} clients p50`, value: concurrent.p50, unit: 'ms' },
      // The target is a minimum; the runner checks maxima, so it checks the floor's share the other way round.
      { label: `explorer (${on}): floor pages/s ÷ ${CLIENTS} clients'`, value: floorPerSecond / concurrent.perSecond, unit: '×', max: target(1 / MIN_CONCURRENT_SHARE_OF_FLOOR) },
      { label: `explorer (${on}): server peak RSS`, value: serverFigures.peakRssBytes / MIB, unit: 'MiB', max: target(MAX_PEAK_RSS_MIB) },
    ];
  } finally {
    server.kill();
    await floor.close();
  }
}

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

function median(times: number[]): number {
  const sorted = [...times].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function serially(cursors: (string | null)[], read: (cursor: string | null) => Promise<string>): Promise<number[]> {
  const times: number[] = [];
  for (const cursor of cursors) {
    const started = performance.now();
    await read(cursor);
    times.push(performance.now() - started);
  }
  return times;
}

/** CLIENTS clients at once, each asking for REQUESTS_PER_CLIENT pages one after the other, starting at its own page. */
async function concurrently(cursors: (string | null)[], read: (cursor: string | null) => Promise<string>) {
  const started = performance.now();
  const perClient = await Promise.all(
    Array.from({ length: CLIENTS }, (_, c) => serially(Array.from({ length: REQUESTS_PER_CLIENT }, (_, i) => cursors[(c + i) % cursors.length]!), read)),
  );
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: (CLIENTS * REQUESTS_PER_CLIENT) / seconds, p50: median(perClient.flat()) };
}

function client(ready: ExplorerServerReady) {
  const post = (after: string | null) =>
    fetch(ready.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ready.token}` },
      body: JSON.stringify({ query: EXPLORER_PAGE, variables: { after } }),
    });
  return async (after: string | null): Promise<string> => {
    // A kept-alive connection the server closed as idle (its keep-alive timeout) just as it was reused fails
    // with a socket error before any answer: the page is a read, so it is asked again once, on a new connection.
    const res = await post(after).catch((err: Error & { cause?: { code?: string } }) => {
      if (err.cause?.code === 'UND_ERR_SOCKET') return post(after);
      throw err;
    });
    const text = await res.text();
    if (!res.ok || text.includes('"errors"')) throw new Error(`the explorer page failed (${res.status}): ${text.slice(0, 500)}`);
    return text;
  };
}

interface ServerProcess {
  ready: ExplorerServerReady;
  /** The server's CPU time so far (user and system), in microseconds. */
  cpuMicros(): Promise<number>;
  stop(): Promise<ExplorerServerFigures>;
  kill(): void;
}

/** Starts explorerWorker.js and waits for its first line (where it listens). */
async function startServer(args: ExplorerServerArgs): Promise<ServerProcess> {
  const profileDir = process.env.EXPLORER_CPU_PROF;
  const flags = ['--expose-gc', ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])];
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [...flags, WORKER, JSON.stringify(args)], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const exited = exit.then((code): never => {
    throw new Error(`the explorer server exited (${code}): ${stderr}`);
  });
  exited.catch(() => undefined);
  const next = async () => {
    const line = await Promise.race([lines.next(), exited]);
    if (line.done) throw new Error(`the explorer server printed nothing more: ${stderr}`);
    return JSON.parse(line.value) as unknown;
  };
  const ready = (await next()) as ExplorerServerReady;
  return {
    ready,
    async cpuMicros() {
      child.stdin.write('cpu\n');
      return ((await next()) as ExplorerServerCpu).cpuMicros;
    },
    async stop() {
      child.stdin.end();
      const figures = (await next()) as ExplorerServerFigures;
      await exit; // and, under EXPLORER_CPU_PROF, its profile written
      return figures;
    },
    kill() {
      if (child.exitCode === null) child.kill();
    },
  };
}
