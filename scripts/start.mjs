#!/usr/bin/env node
// `npm start`: runs the service `npm run build` compiled, and refuses to serve a build older than its sources
// (one line on stderr naming a changed file, exit 1) rather than serving it silently. `--check` checks only. Compiling is the install's
// job (`npm install && npm run build && npm start`): a start takes seconds, not the minutes tsc takes.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Files under `dir` (relative to ROOT) whose name passes `keep`, recursively. */
function filesUnder(dir, keep) {
  const full = path.join(ROOT, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath ?? e.path, e.name)));
}

const mtime = (file) => statSync(path.join(ROOT, file), { throwIfNoEntry: false })?.mtimeMs;

/**
 * The first source the build is missing or older than, or null when the build is current. The service: each
 * src/**.ts against the dist/src/**.js tsc writes for it (the command line is built apart, and incrementally).
 * The console: web/src against web/dist/index.html, which every Vite build rewrites.
 */
export function staleSource() {
  const server = filesUnder('src', (n) => n.endsWith('.ts') && !n.endsWith('.d.ts')).filter(
    (f) => !f.startsWith(path.join('src', 'cli', 'bridge')) && !f.startsWith(path.join('src', 'cli', 'generated')),
  );
  for (const source of server) {
    const built = mtime(path.join('dist', source.replace(/\.ts$/, '.js')));
    if (built === undefined || built < mtime(source)) return source;
  }
  const consolePage = mtime(path.join('web', 'dist', 'index.html'));
  for (const source of [...filesUnder(path.join('web', 'src'), () => true), path.join('web', 'index.html')]) {
    const changed = mtime(source);
    if (changed !== undefined && (consolePage === undefined || consolePage < changed)) return source;
  }
  return null;
}

const entry = path.join(ROOT, 'dist', 'src', 'main.js');
if (!existsSync(entry)) {
  process.stderr.write('registry-bridge: not built (no dist/src/main.js): run `npm run build`, then `npm start`.\n');
  process.exit(1);
}
const stale = staleSource();
if (stale) {
  process.stderr.write(`registry-bridge: the build is older than the sources (${stale} changed since): run \`npm run build\`, then \`npm start\`.\n`);
  process.exit(1);
}
// `--check`: only say whether the build is current (exit 0) or not (exit 1, the line above).
if (!process.argv.includes('--check')) await import(pathToFileURL(entry).href);
