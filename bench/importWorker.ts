import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { startRegistry } from '../src/app/startRegistry.js';
import { writeArchive } from '../src/archive/archiveWriter.js';
import type { ArchiveRecord } from '../src/archive/record.js';
import { loadPrincipal } from '../src/auth/principal.js';
import { loadConfig } from '../src/config.js';
import { ObjectKind } from '../src/domain/objectKind.js';
import { stageArchive } from '../src/import/staging/stageArchive.js';
import { StagedImportEntity } from '../src/entities/index.js';
import { prepareDefaultPlan } from '../src/import/plans/planWarmup.js';
import { writerTransaction } from '../src/db/writerTransaction.js';
import { ADMIN_TOKEN_FILE } from '../src/registry/bootstrap.js';
import { attributePool, BENCH_ATTRIBUTE_DEFINITIONS } from './benchContent.js';
import { collectGarbage, MemorySampler } from './memorySampler.js';
import { objectUuids, REFERENCE_NAMES, referenceTargets, seededRandom } from './syntheticObjects.js';

/*
 * The import benchmark's processes (`node importWorker.js <step> <json args>`, result as JSON on the last line),
 * each fresh, so its peak RSS is its own work's and not what an earlier step left behind:
 * - prepare: write the archive, make a registry and stage the archive in it (not measured);
 * - plan: what the service does after staging (planWarmup): plan the default preview and store the plan (in
 *   memory up to PLAN_IN_MEMORY_MAX_OBJECTS, in pages beyond);
 * - toggle: over HTTP, the first page with another option set, which nobody planned yet (from the default plan's
 *   facts), and how long until that plan's digest is known; then the first page of one more option set;
 * - measure: over HTTP, the first page of the default preview (the stored plan, then this process's), and commit.
 */

export interface ImportScale {
  objects: number;
  referencesPerObject: number;
  attributeBytes: number;
}

export interface PreparedImport {
  dataDir: string;
  /** PostgreSQL, or null for SQLite in dataDir. */
  databaseUrl: string | null;
  stagedImportId: string;
  stagingSeconds: number;
}

export interface PlanFigures {
  /** Planned and stored. */
  planSeconds: number;
  peakRssBytes: number;
}

export interface ToggleFigures {
  /** keepLifecycleState (pass B only): the first page, counts and total, without the digest. */
  firstPageMs: number;
  /** From asking for that page until the same plan's digest is answered: the plan completed in the background. */
  wholePlanMs: number;
  /** allowReplace then (an option pass A reads): its first page. */
  otherFirstPageMs: number;
  peakRssBytes: number;
}

export interface ImportFigures {
  firstPageColdMs: number;
  firstPageWarmMs: number;
  commitSeconds: number;
  commitCpuSeconds: number;
  created: number;
  rssBeforeBytes: number;
  peakRssBytes: number;
}

const EPOCH = Date.parse('2026-01-01T00:00:00.000Z');

const FIRST_PAGE = `query BenchPreview($id: ID!, $options: ImportOptionsInput) {
  stagedImport(id: $id) {
    decisions(first: 50, options: $options) {
      planDigest totalCount counts { create replace ignore reject skip }
      edges { node { uuid kind name line action selected includedBy reasons { code message } references { name targetUuid resolution } outcome { ownerUuid } } }
    }
  }
}`;

/** What a wizard shows first after a toggle: the page, counts and total (the digest is asked for on its own). */
const WIZARD_PAGE = `query BenchWizardPage($id: ID!, $options: ImportOptionsInput) {
  stagedImport(id: $id) {
    decisions(first: 50, options: $options) {
      totalCount counts { create replace ignore reject skip }
      edges { node { uuid kind name line action selected includedBy reasons { code message } references { name targetUuid resolution } outcome { ownerUuid } } }
    }
  }
}`;

const DIGEST = `query BenchDigest($id: ID!, $options: ImportOptionsInput) {
  stagedImport(id: $id) { planSummary(options: $options) { planDigest } }
}`;

const COMMIT = `mutation BenchCommit($input: CommitImportInput!) {
  commitImport(input: $input) { status counts { created } error { code message } }
}`;

async function prepare(args: ImportScale & { workDir: string; databaseUrl: string | null }): Promise<PreparedImport> {
  const dataDir = path.join(args.workDir, 'registry');
  const archive = await writeArchive({
    outputPath: path.join(args.workDir, 'import-bench.zip'),
    records: benchRecords(args),
    manifest: {
      registry: { uuid: randomUUID(), name: 'Benchmark source', address: 'http://source.bench.test/graphql' },
      exportedBy: { uuid: randomUUID(), name: 'bench' },
      exportedAt: new Date(EPOCH).toISOString(),
      options: { objects: [], package: null, includeReferences: true, includeVersionHistory: false, completeOrganization: null },
      protection: { viewContent: true, rePackageable: true, editable: true },
    },
  });
  const registry = await startRegistry(benchConfig(dataDir, args.databaseUrl));
  try {
    const { app } = registry;
    const em = app.orm.em.fork() as SqlEntityManager;
    const principal = (await loadPrincipal(em, adminToken(dataDir)))!;
    const started = performance.now();
    const upload = { filename: 'bench.zip', createReadStream: () => createReadStream(archive.path) };
    const staged = await stageArchive({ em, config: app.config, transaction: writerTransaction(app) }, { upload, password: null, ownerUuid: principal.uuid });
    return { dataDir, databaseUrl: args.databaseUrl, stagedImportId: staged.id, stagingSeconds: (performance.now() - started) / 1000 };
  } finally {
    await registry.stop();
  }
}

/** Plans the default preview as the staging user and stores the plan, as planWarmup does after staging. */
async function plan(args: PreparedImport): Promise<PlanFigures> {
  const registry = await startRegistry(benchConfig(args.dataDir, args.databaseUrl));
  try {
    const { app } = registry;
    const em = app.orm.em.fork() as SqlEntityManager;
    const principal = (await loadPrincipal(em, adminToken(args.dataDir)))!;
    const stagedImport = await em.findOneOrFail(StagedImportEntity, { id: args.stagedImportId });
    collectGarbage();
    const sampler = new MemorySampler().start(10);
    const started = performance.now();
    await prepareDefaultPlan(app, principal, stagedImport);
    return { planSeconds: (performance.now() - started) / 1000, peakRssBytes: sampler.stop() };
  } finally {
    await registry.stop();
  }
}

/**
 * What a wizard gets when an option is toggled: the first page of an option set nobody planned (from the facts the
 * default plan kept), then the same plan's digest once it is completed in the background; then another option.
 */
async function toggle(args: PreparedImport): Promise<ToggleFigures> {
  const registry = await startRegistry(benchConfig(args.dataDir, args.databaseUrl));
  try {
    const graphql = client(registry.server.url, adminToken(args.dataDir));
    await graphql('query BenchWarmUp { __typename }', {}); // as in measure
    collectGarbage();
    const sampler = new MemorySampler().start(10);
    const options = { keepLifecycleState: true };
    const started = performance.now();
    const page = await timed(() => graphql(WIZARD_PAGE, { id: args.stagedImportId, options }));
    await graphql(DIGEST, { id: args.stagedImportId, options });
    const wholePlanMs = performance.now() - started;
    const other = await timed(() => graphql(WIZARD_PAGE, { id: args.stagedImportId, options: { ...options, allowReplace: true } }));
    await graphql(DIGEST, { id: args.stagedImportId, options: { ...options, allowReplace: true } }); // not left running at stop
    return { firstPageMs: page.ms, wholePlanMs, otherFirstPageMs: other.ms, peakRssBytes: sampler.stop() };
  } finally {
    await registry.stop();
  }
}

async function measure(args: PreparedImport): Promise<ImportFigures> {
  const registry = await startRegistry(benchConfig(args.dataDir, args.databaseUrl));
  try {
    const graphql = client(registry.server.url, adminToken(args.dataDir));
    collectGarbage();
    // A service that has served requests before, not its very first one: without this, the first request also
    // pays for the HTTP client's and Apollo's first use in this process (20-30 ms), which no client of a running
    // service sees. Nothing about the import is loaded: its plan is read from the database below.
    await graphql('query BenchWarmUp { __typename }', {});
    const rssBeforeBytes = process.memoryUsage().rss;
    const sampler = new MemorySampler().start(10);
    const cold = await timed(() => graphql(FIRST_PAGE, { id: args.stagedImportId }));
    // Later visits to the first page (another tab, a reload): the median, so one GC pause does not decide it.
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) warm.push((await timed(() => graphql(FIRST_PAGE, { id: args.stagedImportId }))).ms);
    const digest = (cold.result as { stagedImport: { decisions: { planDigest: string } } }).stagedImport.decisions.planDigest;
    const cpuBefore = process.cpuUsage();
    const commit = await timed(() => graphql(COMMIT, { input: { stagedImportId: args.stagedImportId, expectedPlanDigest: digest } }));
    const cpu = process.cpuUsage(cpuBefore);
    const peakRssBytes = sampler.stop();
    const record = (commit.result as { commitImport: { status: string; counts: { created: number }; error: unknown } }).commitImport;
    if (record.status !== 'SUCCEEDED') throw new Error(`commit ${record.status}: ${JSON.stringify(record.error)}`);
    return {
      firstPageColdMs: cold.ms,
      firstPageWarmMs: warm.sort((x, y) => x - y)[2],
      commitSeconds: commit.ms / 1000,
      commitCpuSeconds: (cpu.user + cpu.system) / 1e6,
      created: record.counts.created,
      rssBeforeBytes,
      peakRssBytes,
    };
  } finally {
    await registry.stop();
  }
}

function benchConfig(dataDir: string, databaseUrl: string | null) {
  return loadConfig({
    REGISTRY_DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    // An operator's setting, to bench planning in pages below the default threshold.
    ...(process.env.PLAN_IN_MEMORY_MAX_OBJECTS ? { PLAN_IN_MEMORY_MAX_OBJECTS: process.env.PLAN_IN_MEMORY_MAX_OBJECTS } : {}),
  });
}

function adminToken(dataDir: string): string {
  return readFileSync(path.join(dataDir, ADMIN_TOKEN_FILE), 'utf8').trim();
}

function client(url: string, token: string) {
  return async (query: string, variables: Record<string, unknown>): Promise<unknown> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
    if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
}

async function timed(work: () => Promise<unknown>): Promise<{ ms: number; result: unknown }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

/** An organization, an object type, then the assets; every reference targets another asset of the archive. */
async function* benchRecords(scale: ImportScale): AsyncGenerator<ArchiveRecord> {
  const at = (i: number) => new Date(EPOCH + i * 1000).toISOString();
  const organization = { uuid: randomUUID(), name: 'Bench' };
  const typeUuid = randomUUID();
  const base = { description: null, owner: null, previousVersion: null, lifecycle: null, references: [], createdAt: at(0), timestamp: at(0) };
  yield { ...base, uuid: organization.uuid, kind: ObjectKind.ORGANIZATION, name: 'Bench', organization: null, version: null, attributes: {}, fields: {} };
  const attributeDefinitions = BENCH_ATTRIBUTE_DEFINITIONS;
  yield { ...base, uuid: typeUuid, kind: ObjectKind.OBJECT_TYPE, name: 'Service', organization, version: null, attributes: {}, fields: { attributeDefinitions } };
  const assets = scale.objects - 2;
  const uuids = objectUuids(assets);
  const pool = attributePool(scale.attributeBytes);
  const random = seededRandom(7);
  for (let i = 0; i < assets; i++) {
    const targets = referenceTargets(uuids, i, scale.referencesPerObject, random);
    yield {
      ...base,
      uuid: uuids[i]!,
      kind: ObjectKind.ASSET,
      name: `asset-${String(i).padStart(7, '0')}`,
      createdAt: at(i),
      timestamp: at(i),
      organization,
      version: '1.0',
      attributes: { ...pool[i % pool.length], endpoint: `https://svc-${i}.example.test/api` },
      references: targets.map((target, r) => ({ name: REFERENCE_NAMES[r % REFERENCE_NAMES.length]!, target })),
      fields: { objectType: typeUuid },
    };
  }
}

const steps: Record<string, (args: never) => Promise<unknown>> = { prepare, plan, toggle, measure };

const [step, json] = process.argv.slice(2);
if (step) {
  const run = steps[step];
  if (!run) throw new Error(`unknown import bench step ${step}; known: ${Object.keys(steps).join(', ')}`);
  process.stdout.write(`${JSON.stringify(await run(JSON.parse(json ?? '{}') as never))}\n`);
}
