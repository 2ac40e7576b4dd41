import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { startRegistry, type RunningRegistry } from '../src/app/startRegistry.js';
import { loadConfig } from '../src/config.js';
import { LifecycleModelStatus, ObjectKind } from '../src/domain/objectKind.js';
import { RegistryObjectEntity } from '../src/entities/index.js';
import { createLogger } from '../src/logger.js';
import { ADMIN_TOKEN_FILE } from '../src/registry/bootstrap.js';
import { commitPromotion, promoteObjects } from '../src/remote/promotion.js';
import { findOperation, toOperationView, type RemoteOperationView } from '../src/remote/remoteOperations.js';
import { loadPrincipal } from '../src/auth/principal.js';
import type { BenchCase, BenchContext, BenchFigure } from './benchCase.js';
import { runChildTask } from './childTask.js';
import { collectGarbage, MemorySampler, MIB } from './memorySampler.js';
import { openSeededRegistry, type SeededAssets } from './seedRegistry.js';

/*
 * Promotion of every asset of a seeded registry (dev) to an empty registry (test), end to end: the path check,
 * the signed export on dev, the upload and staging on test over HTTP, test's preview, and the commit on test with
 * the plan digest, polled to its end, with both sides' records. dev runs in this process (the bench drives its
 * promoteObjects and commitPromotion and reads its operation records); test is the built service (dist/src/main.js)
 * in a process of its own, as two live registries are: what one side does while the other works (dev exporting
 * while test receives the upload) overlaps as it would between two machines. Both on SQLite, each on its own
 * loopback port with REGISTRY_ADDRESS set. The floor is the SQLite floor of the same run (the insert of as many
 * objects and references, nothing else). PROMOTION_CPU_PROF=<dir> profiles test's process (node --cpu-prof).
 */
/** Issue 18 (item 4): promotion end to end within 4× the floor; item 6: each registry within 512 MiB. */
const MAX_FLOOR_RATIO = 4;
const MAX_PEAK_RSS_MIB = 512;

export const promotionCase: BenchCase = {
  name: 'promotion',
  description: 'promoteObjects + commitPromotion of every asset dev → test (export, upload, stage, preview, commit)',
  async run(ctx) {
    const floor = await ctx.floorSeconds();
    ctx.log(`seeding dev with ${ctx.objects} assets and ${ctx.objects * ctx.referencesPerObject} references (in a child process)`);
    const { workDir, objects, referencesPerObject, attributeBytes } = ctx;
    const seeded = await runChildTask<SeededAssets>('seed-assets', { workDir, objects, referencesPerObject, attributeBytes });
    const [devPort, testPort] = [await freePort(), await freePort()];
    const testAddress = `http://127.0.0.1:${testPort}/graphql`;
    const { stage, assets } = await addPromotionPath(seeded, testAddress);
    const test = await startProcess(path.join(workDir, 'test'), testPort);
    const dev = await start(seeded.dataDir, devPort);
    try {
      const credential = await serviceToken(test.url, path.join(workDir, 'test'));
      await gql(dev.server.url, adminToken(seeded.dataDir), 'mutation($i: AddRemoteRegistryInput!) { addRemoteRegistry(input: $i) { id } }', {
        i: { name: 'test', address: testAddress, credential, timeoutSeconds: 3600 },
      });
      const principal = (await loadPrincipal(dev.app.orm.em.fork() as SqlEntityManager, adminToken(seeded.dataDir)))!;
      ctx.log(`promoting ${assets.length} assets dev → test`);
      collectGarbage();
      const sampler = new MemorySampler().start(50);
      const started = performance.now();
      // As a client would: start the operation (wait: false) and poll its record; no call holds on for minutes.
      const promote = await promoteObjects(dev.app, principal, { objects: assets, stage, wait: false });
      const startedAt = performance.now();
      const previewed = await ended(dev, promote.id, started, ctx.log);
      const previewedAt = performance.now();
      ctx.log(`previewed on test in ${((previewedAt - started) / 1000).toFixed(2)} s; committing there`);
      const committed = await ended(dev, (await commitPromotion(dev.app, principal, previewed.view.id, false)).id, previewedAt, ctx.log);
      const seconds = (performance.now() - started) / 1000;
      const peak = sampler.stop();
      const testPeak = test.peakRssBytes();
      const counts = committed.view.result?.counts as { created: number } | undefined;
      // The path check runs in the promote request itself, before the operation (and its first phase) exists.
      const phases = [{ phase: 'PROMOTE path check', seconds: (startedAt - started) / 1000 }, ...previewed.phases, ...committed.phases];
      return [
        ...figures(ctx, { seconds, previewSeconds: (previewedAt - started) / 1000, created: counts?.created ?? 0, peak, testPeak, floor }),
        ...phaseFigures(phases, floor),
      ];
    } finally {
      await dev.stop();
      await test.stop();
    }
  },
};

interface PhaseTime {
  phase: string;
  seconds: number;
}

/** Poll interval: short enough to time phases of a fraction of a second, each poll one indexed read. */
const POLL_MS = 50;

/**
 * Polls a remote operation's record until it ends, logging each phase's start (seconds since `since`) and timing
 * each phase from the poll that first saw it to the poll that saw the next (to within POLL_MS).
 */
async function ended(
  registry: RunningRegistry,
  id: string,
  since: number,
  log: (message: string) => void,
): Promise<{ view: RemoteOperationView; phases: PhaseTime[] }> {
  const phases: PhaseTime[] = [];
  let phase = '';
  let phaseStarted = performance.now();
  for (;;) {
    const row = (await findOperation(registry.app.orm.em.fork() as SqlEntityManager, id))!;
    const now = performance.now();
    if (row.phase !== phase) {
      if (phase) phases.push({ phase: `${row.kind} ${phase}`, seconds: (now - phaseStarted) / 1000 });
      [phase, phaseStarted] = [row.phase, now];
      log(`  ${row.kind} ${phase} at ${((now - since) / 1000).toFixed(2)} s`);
    }
    if (row.status === 'FAILED') throw new Error(`${row.kind} failed: ${JSON.stringify(row.error)}`);
    if (row.status === 'SUCCEEDED') return { view: toOperationView(row), phases };
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Each phase's seconds and its share of the floor, so the biggest phase is the one to cut. */
function phaseFigures(phases: PhaseTime[], floor: number): BenchFigure[] {
  return phases.map(({ phase, seconds }) => ({
    label: `  ${phase}`,
    value: seconds,
    unit: `s (${(seconds / floor).toFixed(2)}× floor)`,
  }));
}

function figures(ctx: BenchContext, f: { seconds: number; previewSeconds: number; created: number; peak: number; testPeak: number; floor: number }): BenchFigure[] {
  return [
    { label: 'promotion: export+stage+preview seconds', value: f.previewSeconds, unit: 's' },
    { label: 'promotion: commit seconds', value: f.seconds - f.previewSeconds, unit: 's' },
    { label: 'promotion: end to end seconds', value: f.seconds, unit: 's' },
    { label: 'promotion: objects created on test', value: f.created, unit: 'objects' },
    { label: 'promotion: objects per second', value: ctx.objects / f.seconds, unit: 'objects/s' },
    { label: 'promotion: peak RSS dev (this process)', value: f.peak / MIB, unit: 'MiB', max: MAX_PEAK_RSS_MIB },
    { label: 'promotion: peak RSS test (its process)', value: f.testPeak / MIB, unit: 'MiB', max: MAX_PEAK_RSS_MIB },
    { label: 'promotion: SQLite floor (same run)', value: f.floor, unit: 's' },
    { label: 'promotion: end to end ratio to floor', value: f.seconds / f.floor, unit: '×', max: MAX_FLOOR_RATIO },
  ];
}

/** A stage at test's address and a productive model whose one state allows it; every asset enters that state. */
async function addPromotionPath(seeded: SeededAssets, testAddress: string): Promise<{ stage: string; assets: string[] }> {
  const registry = await openSeededRegistry(seeded.dataDir);
  try {
    const em = registry.orm.em.fork() as SqlEntityManager;
    const now = new Date();
    const [stage, model, state] = [randomUUID(), randomUUID(), randomUUID()];
    const base = {
      description: null, version: null, previousVersionUuid: null, lifecycleModelUuid: null, lifecycleStateUuid: null, objectTypeUuid: null,
      viewContent: true, rePackageable: true, editable: true, ownerUuid: registry.administrator.uuid, organizationUuid: seeded.organizationUuid,
      createdAt: now, timestamp: now, attributes: {},
    };
    await em.insertMany(RegistryObjectEntity, [
      { ...base, uuid: stage, kind: ObjectKind.LIFECYCLE_STAGE, name: 'test', fields: { address: testAddress } },
      {
        ...base, uuid: model, kind: ObjectKind.LIFECYCLE_MODEL, name: 'Bench lifecycle',
        fields: { status: LifecycleModelStatus.PRODUCTIVE, states: [{ uuid: state, name: 'Development', stages: [stage] }], initialState: state, endStates: [], transitions: [], objectTypes: [seeded.objectTypeUuid] },
      },
    ]);
    await em.nativeUpdate(RegistryObjectEntity, { kind: ObjectKind.ASSET }, { lifecycleModelUuid: model, lifecycleStateUuid: state });
    const rows = await em.createQueryBuilder(RegistryObjectEntity).select(['uuid']).where({ kind: ObjectKind.ASSET }).execute('all');
    return { stage, assets: (rows as { uuid: string }[]).map((r) => r.uuid) };
  } finally {
    await registry.close();
  }
}

function start(dataDir: string, port: number): Promise<RunningRegistry> {
  mkdirSync(dataDir, { recursive: true });
  const config = loadConfig({ PORT: String(port), HOST: '127.0.0.1', REGISTRY_DATA_DIR: dataDir, REGISTRY_ADDRESS: `http://127.0.0.1:${port}/graphql`, LOG_LEVEL: 'silent' });
  return startRegistry(config, { logger: createLogger('silent') });
}

const MAIN = fileURLToPath(new URL('../src/main.js', import.meta.url));

/** A registry as the built service runs it, in a process of its own. */
interface RegistryProcess {
  url: string;
  /** Its peak resident set so far (VmHWM), read before it stops. */
  peakRssBytes(): number;
  stop(): Promise<void>;
}

/** Starts dist/src/main.js on `port` and resolves once it answers /readyz. */
async function startProcess(dataDir: string, port: number): Promise<RegistryProcess> {
  mkdirSync(dataDir, { recursive: true });
  const url = `http://127.0.0.1:${port}/graphql`;
  const profile = process.env.PROMOTION_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROMOTION_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, MAIN], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', REGISTRY_DATA_DIR: dataDir, REGISTRY_ADDRESS: url, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  for (;;) {
    const status = await Promise.race([
      exited.then((code) => `exited with ${code}`),
      fetch(`http://127.0.0.1:${port}/readyz`).then((r) => (r.ok ? 'ready' : 'starting'), () => 'starting'),
    ]);
    if (status === 'ready') break;
    if (status.startsWith('exited')) throw new Error(`the test registry ${status} before it was ready`);
    // A process starting up: asked again after a pause, as any client polling a service's readiness would.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    peakRssBytes: () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) * 1024,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const adminToken = (dataDir: string) => readFileSync(path.join(dataDir, ADMIN_TOKEN_FILE), 'utf8').trim();

/** An administrator on test (a first promotion into an empty registry creates its organization and type) and its token. */
async function serviceToken(testUrl: string, dataDir: string): Promise<string> {
  const token = adminToken(dataDir);
  const user = (await gql(testUrl, token, 'mutation { createUser(input: { name: "promotions from dev", roles: [REGISTRY_ADMINISTRATOR] }) { uuid } }')).createUser as { uuid: string };
  const issued = (await gql(testUrl, token, 'mutation($u: ID!) { issueToken(user: $u, name: "dev") { token } }', { u: user.uuid })).issueToken as { token: string };
  return issued.token;
}

async function gql(url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`bench setup failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
