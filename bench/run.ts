import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { BenchContext, BenchFigure } from './benchCase.js';
import { benchCases } from './cases.js';
import { runChildTask } from './childTask.js';

/*
 * npm run bench [-- --only export[,floor]] [--objects 100000] [--postgres postgresql://postgres@127.0.0.1:5432/postgres]
 * Runs the bench cases and prints their figures; a figure over its target makes the exit code 1. With
 * --postgres, the import case runs on a fresh PostgreSQL database made there (its targets are SQLite's).
 */

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    objects: { type: 'string', default: '100000' },
    postgres: { type: 'string' },
  },
});

const objects = Number(values.objects);
if (!Number.isInteger(objects) || objects < 10) throw new Error('--objects must be an integer of at least 10');
const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean);
const unknown = only?.filter((name) => !benchCases.some((c) => c.name === name)) ?? [];
if (unknown.length) throw new Error(`unknown bench case(s) ${unknown.join(', ')}; known: ${benchCases.map((c) => c.name).join(', ')}`);
const selected = benchCases.filter((c) => !only || only.includes(c.name));

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const scale = { objects, referencesPerObject: 3, attributeBytes: 1024 };
let floor: Promise<number> | null = null;

/** The floor is measured once per run, in a child process and its own directory, the first time a case asks. */
function floorSeconds(): Promise<number> {
  floor ??= (async () => {
    const workDir = mkdtempSync(path.join(tmpdir(), 'rb-bench-floor-'));
    try {
      log(`measuring the SQLite floor for ${objects} objects`);
      return await runChildTask<number>('floor', { ...scale, workDir });
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  })();
  return floor;
}

function format(figure: BenchFigure): string {
  const value = figure.value >= 100 ? figure.value.toFixed(0) : figure.value.toFixed(2);
  const target = figure.max === undefined ? '' : `  (target ≤ ${figure.max}: ${figure.value <= figure.max ? 'ok' : 'OVER'})`;
  return `  ${figure.label.padEnd(34)} ${value.padStart(10)} ${figure.unit}${target}`;
}

let missed = 0;
console.log(`Registry Bridge bench: ${objects} objects, ${objects * scale.referencesPerObject} references, ~${scale.attributeBytes} B attributes each (node ${process.version})`);
// The service's malloc settings (scripts/with-allocator.sh, which `npm run bench` runs this under): peak memory
// figures taken without them are not the service's.
const { MALLOC_ARENA_MAX, MALLOC_MMAP_THRESHOLD_, MALLOC_TRIM_THRESHOLD_ } = process.env;
console.log(
  MALLOC_ARENA_MAX
    ? `malloc: ${MALLOC_ARENA_MAX} arenas, mmap threshold ${MALLOC_MMAP_THRESHOLD_}, trim threshold ${MALLOC_TRIM_THRESHOLD_} (scripts/with-allocator.sh)`
    : 'malloc: glibc defaults, not the service\'s (run through npm run bench, or scripts/with-allocator.sh)',
);
for (const benchCase of selected) {
  const workDir = mkdtempSync(path.join(tmpdir(), `rb-bench-${benchCase.name}-`));
  const ctx: BenchContext = { ...scale, workDir, floorSeconds, log, postgresAdminUrl: values.postgres ?? null };
  try {
    log(`${benchCase.name}: ${benchCase.description}`);
    const figures = await benchCase.run(ctx);
    console.log(`${benchCase.name}`);
    for (const figure of figures) {
      console.log(format(figure));
      if (figure.max !== undefined && figure.value > figure.max) missed += 1;
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
process.exitCode = missed > 0 ? 1 : 0;
