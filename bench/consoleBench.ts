import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { BenchCase, BenchFigure } from './benchCase.js';
import type { ConsoleFigures } from './consoleWorker.js';
import type { PlanFigures, PreparedImport } from './importWorker.js';

/** Targets from issue 17. */
const MAX_TABLE_INTERACTIVE_MS = 1000;
const MAX_JS_GZIP_KIB = 300;

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../..');
const CONSOLE_ASSETS = path.join(ROOT, 'web/dist/assets');

/** Runs one step of a bench worker (importWorker.js, consoleWorker.js) in a process of its own. */
async function step<T>(worker: string, name: string, args: object): Promise<T> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', path.join(here, worker), name, JSON.stringify(args)], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as T;
}

/** Every script of the built console (entry, lazy chunks, the layout worker), gzipped one by one. The IDE is ruru's, not in it. */
function consoleScriptsGzipBytes(): { total: number; entry: number } {
  const files = readdirSync(CONSOLE_ASSETS).filter((f) => f.endsWith('.js'));
  if (files.length === 0) throw new Error(`no console scripts in ${CONSOLE_ASSETS}: run npm run build`);
  const entryName = /src="\/assets\/([^"]+\.js)"/.exec(readFileSync(path.join(CONSOLE_ASSETS, '../index.html'), 'utf8'))?.[1];
  let total = 0;
  let entry = 0;
  for (const f of files) {
    const size = gzipSync(readFileSync(path.join(CONSOLE_ASSETS, f)), { level: 9 }).length;
    total += size;
    if (f === entryName) entry = size;
  }
  return { total, entry };
}

/**
 * The web console: how long the import wizard's decision table takes to be on screen and idle for a staged
 * archive of `objects` objects whose default plan is stored (as the service leaves it after staging), in
 * chromium-headless-shell against a registry on this machine; and the size of the console's scripts.
 */
export const consoleCase: BenchCase = {
  name: 'console',
  description: "the import wizard's decision table for a staged archive, in a real browser; the console's script size",
  async run(ctx) {
    const scale = { objects: ctx.objects, referencesPerObject: ctx.referencesPerObject, attributeBytes: ctx.attributeBytes };
    ctx.log(`writing and staging an archive of ${ctx.objects} objects (in a child process)`);
    const prepared = await step<PreparedImport>('importWorker.js', 'prepare', { ...scale, workDir: ctx.workDir, databaseUrl: null });
    ctx.log('planning and storing the default preview, as the service does after staging');
    await step<PlanFigures>('importWorker.js', 'plan', prepared);
    ctx.log('opening the decision table in chromium-headless-shell');
    const c = await step<ConsoleFigures>('consoleWorker.js', 'measure', prepared);
    ctx.log(`the table says: ${c.totalShown}`);
    const js = consoleScriptsGzipBytes();
    const figures: BenchFigure[] = [
      { label: 'console: decision table, first visit', value: c.firstVisitMs, unit: 'ms', max: MAX_TABLE_INTERACTIVE_MS },
      { label: 'console: decision table, reload (median)', value: c.reloadMs, unit: 'ms', max: MAX_TABLE_INTERACTIVE_MS },
      // The floor: the data of that page over HTTP without a browser, in the same process and run.
      { label: 'console: floor, the page over HTTP only', value: c.dataOnlyMs, unit: 'ms' },
      { label: 'console: scripts gzipped (all, no IDE)', value: js.total / 1024, unit: 'KiB', max: MAX_JS_GZIP_KIB },
      { label: 'console: entry script gzipped', value: js.entry / 1024, unit: 'KiB' },
    ];
    return figures;
  },
};
