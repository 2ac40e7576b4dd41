import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { BenchCase, BenchContext, BenchFigure } from './benchCase.js';
import { withBenchDatabase } from './benchDatabase.js';
import { runChildTask } from './childTask.js';
import type { ImportFigures, ImportScale, PlanFigures, PreparedImport, ToggleFigures } from './importWorker.js';
import { MIB } from './memorySampler.js';

/** Targets from issue 5. */
const MAX_FLOOR_RATIO = 2;
/** Issue 18 (item 3): on PostgreSQL, staging, commit and the stored default plan each within 1.5× its COPY floor. */
const MAX_POSTGRES_FLOOR_RATIO = 1.5;
/** Issue 18 (item 2): the default plan made and stored, at 100k and 1M objects. */
const MAX_PLAN_FLOOR_RATIO = 1.5;
const MAX_FIRST_PAGE_MS = 100;
/** Issue 18 (item 1): the first page of decisions for an option set nobody planned, within 1 s at 100k objects. */
const MAX_TOGGLE_FIRST_PAGE_MS = 1000;
const MAX_PEAK_RSS_MIB = 512;

const WORKER = fileURLToPath(new URL('./importWorker.js', import.meta.url));

/** Runs one step of importWorker.js in a process of its own and returns its JSON result. */
/** IMPORT_CPU_PROF=<dir>: each step's process writes a CPU profile there (node --cpu-prof), named by step and time. */
async function inWorker<T>(step: string, args: object): Promise<T> {
  const dir = process.env.IMPORT_CPU_PROF;
  const profile = dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${step}-${Date.now()}.cpuprofile`] : [];
  const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', ...profile, WORKER, step, JSON.stringify(args)], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as T;
}

/**
 * Imports an archive of `objects` objects (an organization, an object type and assets with ~1 KiB attributes and
 * `referencesPerObject` references each) into an empty registry served over HTTP, each step in a fresh process
 * (importWorker.ts): staging (issue 4 measures it); the default plan made and stored, as the service does after
 * staging; the first page (decisions first: 50) of an option set nobody planned; the first page of the default
 * preview from the stored plan and again from the process's memory plans; the commit, against the SQLite floor of the
 * same run. With `--postgres`, on a fresh PostgreSQL database, and beside PostgreSQL's own floor too: the same rows
 * written by COPY into another fresh database (postgresFloor.ts), against which staging, the stored default plan
 * and the commit are each measured.
 */
export const importCase: BenchCase = {
  name: 'import',
  description: 'preview (first page of 50 decisions) and commit a staged archive into an empty registry over HTTP',
  async run(ctx) {
    if (!ctx.postgresAdminUrl) return measureImport(ctx, null);
    const adminUrl = ctx.postgresAdminUrl;
    const figures = await withBenchDatabase(adminUrl, (databaseUrl) => measureImport(ctx, databaseUrl));
    ctx.log(`measuring the PostgreSQL floor (COPY into a fresh database, in a child process)`);
    const scale = { objects: ctx.objects, referencesPerObject: ctx.referencesPerObject, attributeBytes: ctx.attributeBytes, workDir: ctx.workDir };
    const floor = await withBenchDatabase(adminUrl, (databaseUrl) => runChildTask<number>('postgres-floor', { ...scale, databaseUrl }));
    const seconds = (label: string) => figures.find((f) => f.label === label)!.value;
    return [
      ...figures,
      { label: 'import: PostgreSQL floor (COPY, same run)', value: floor, unit: 's' },
      { label: 'import: staging ratio to PostgreSQL floor', value: seconds(STAGING) / floor, unit: '×', max: MAX_POSTGRES_FLOOR_RATIO },
      { label: 'import: plan ratio to PostgreSQL floor', value: seconds(PLAN) / floor, unit: '×', max: MAX_POSTGRES_FLOOR_RATIO },
      { label: 'import: commit ratio to PostgreSQL floor', value: seconds(COMMIT) / floor, unit: '×', max: MAX_POSTGRES_FLOOR_RATIO },
    ];
  },
};

const STAGING = 'import: staging seconds';
const PLAN = 'import: default plan computed and stored';
const COMMIT = 'import: commit seconds';

/** The figures of one import on SQLite (databaseUrl null) or PostgreSQL; the targets are SQLite's. */
async function measureImport(ctx: BenchContext, databaseUrl: string | null): Promise<BenchFigure[]> {
  const floor = await ctx.floorSeconds();
  const scale: ImportScale = { objects: ctx.objects, referencesPerObject: ctx.referencesPerObject, attributeBytes: ctx.attributeBytes };
  const on = databaseUrl ? 'PostgreSQL' : 'SQLite';
  ctx.log(`writing and staging an archive of ${ctx.objects} objects on ${on} (in a child process)`);
  const prepared = await inWorker<PreparedImport>('prepare', { ...scale, workDir: ctx.workDir, databaseUrl });
  ctx.log(`staged in ${prepared.stagingSeconds.toFixed(2)} s; planning the default preview in a fresh process`);
  const p = await inWorker<PlanFigures>('plan', prepared);
  ctx.log(`planned in ${p.planSeconds.toFixed(2)} s; first page of other options in a fresh process`);
  const t = await inWorker<ToggleFigures>('toggle', prepared);
  ctx.log('previewing and committing in a fresh process');
  const f = await inWorker<ImportFigures>('measure', prepared);
  // Every figure of the commit measures writing the whole archive: a commit that created fewer objects (assets the
  // planner rejected) would measure something else.
  if (f.created !== ctx.objects) throw new Error(`the commit created ${f.created} of the archive's ${ctx.objects} objects`);
  const target = (max: number) => (databaseUrl ? undefined : max);
  return [
    // What the service does in the background once an archive is staged (planWarmup.ts).
    { label: STAGING, value: prepared.stagingSeconds, unit: 's' },
    { label: PLAN, value: p.planSeconds, unit: 's' },
    { label: 'import: peak RSS (planning)', value: p.peakRssBytes / MIB, unit: 'MiB', max: target(MAX_PEAK_RSS_MIB) },
    // An option set nobody planned yet (a toggle in the wizard): its first page from the facts the default plan
    // kept, the rest of the plan completed in the background; then a second toggle, of an option pass A reads.
    { label: 'import: toggle, first page', value: t.firstPageMs, unit: 'ms', max: target(MAX_TOGGLE_FIRST_PAGE_MS) },
    { label: 'import: toggle, first page, to floor', value: t.firstPageMs / 1000 / floor, unit: '×' },
    { label: 'import: toggle, whole plan (digest known)', value: t.wholePlanMs / 1000, unit: 's' },
    { label: 'import: toggle, whole plan, to floor', value: t.wholePlanMs / 1000 / floor, unit: '×' },
    { label: 'import: second toggle (allowReplace), first page', value: t.otherFirstPageMs, unit: 'ms', max: target(MAX_TOGGLE_FIRST_PAGE_MS) },
    { label: 'import: peak RSS (plan computed for a page)', value: t.peakRssBytes / MIB, unit: 'MiB', max: target(MAX_PEAK_RSS_MIB) },
    // A fresh process: the first page reads the stored plan; later ones too, or this process's memory plans.
    { label: 'import: first page, plan stored (fresh process)', value: f.firstPageColdMs, unit: 'ms', max: target(MAX_FIRST_PAGE_MS) },
    { label: 'import: first page again (median)', value: f.firstPageWarmMs, unit: 'ms', max: target(MAX_FIRST_PAGE_MS) },
    { label: COMMIT, value: f.commitSeconds, unit: 's' },
    // CPU time of every thread (SQLite works in the thread pool): less sensitive to a busy machine.
    { label: 'import: commit CPU seconds', value: f.commitCpuSeconds, unit: 's' },
    { label: 'import: objects created', value: f.created, unit: 'objects' },
    { label: 'import: objects per second', value: f.created / f.commitSeconds, unit: 'objects/s' },
    { label: 'import: RSS before preview', value: f.rssBeforeBytes / MIB, unit: 'MiB' },
    { label: 'import: peak RSS (preview+commit)', value: f.peakRssBytes / MIB, unit: 'MiB', max: target(MAX_PEAK_RSS_MIB) },
    { label: 'import: SQLite floor (same run)', value: floor, unit: 's' },
    { label: 'import: commit ratio to floor', value: f.commitSeconds / floor, unit: '×', max: target(MAX_FLOOR_RATIO) },
    { label: 'import: staging ratio to floor', value: prepared.stagingSeconds / floor, unit: '×' },
    { label: 'import: plan ratio to floor', value: p.planSeconds / floor, unit: '×', max: target(MAX_PLAN_FLOOR_RATIO) },
  ];
}
