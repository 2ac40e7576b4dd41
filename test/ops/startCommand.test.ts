import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isSupportedNode, SUPPORTED_NODE } from '../../src/app/nodeVersion.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dirs: string[] = [];

/**
 * A checkout in miniature: scripts/start.mjs as `npm start` runs it, a source and, when `built`, its compiled
 * file (a stand-in main.js that says it was started), with the modification times given.
 */
function checkout(times: { source: number; built?: number }): string {
  const root = mkdtempSync(path.join(tmpdir(), 'rb-start-'));
  dirs.push(root);
  mkdirSync(path.join(root, 'scripts'));
  copyFileSync(path.join(ROOT, 'scripts/start.mjs'), path.join(root, 'scripts/start.mjs'));
  mkdirSync(path.join(root, 'src/http'), { recursive: true });
  for (const file of ['src/main.ts', 'src/http/routes.ts']) {
    writeFileSync(path.join(root, file), '// source\n');
    utimesSync(path.join(root, file), times.source, times.source);
  }
  if (times.built !== undefined) {
    mkdirSync(path.join(root, 'dist/src/http'), { recursive: true });
    writeFileSync(path.join(root, 'dist/src/main.js'), "process.stdout.write('served\\n');\n");
    writeFileSync(path.join(root, 'dist/src/http/routes.js'), '\n');
    for (const file of ['dist/src/main.js', 'dist/src/http/routes.js']) utimesSync(path.join(root, file), times.built, times.built);
  }
  return root;
}

function npmStart(root: string) {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/start.mjs')], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('runs what was built, without compiling', () => {
    expect(npmStart(checkout({ source: 1_000, built: 2_000 }))).toEqual({ code: 0, stdout: 'served\n', stderr: '' });
  });

  it('refuses a build older than its sources, naming a changed source, in one line', () => {
    const root = checkout({ source: 1_000, built: 2_000 });
    utimesSync(path.join(root, 'src/http/routes.ts'), 3_000, 3_000);
    expect(npmStart(root)).toEqual({
      code: 1,
      stdout: '',
      stderr: `registry-bridge: the build is older than the sources (${path.join('src', 'http', 'routes.ts')} changed since): run \`npm run build\`, then \`npm start\`.\n`,
    });
  });

  it('refuses to start when nothing was built', () => {
    expect(npmStart(checkout({ source: 1_000 }))).toMatchObject({ code: 1, stderr: expect.stringMatching(/^registry-bridge: not built .*npm run build/) });
  });

  it('is `node scripts/start.mjs` under the allocator settings, and installing builds in the same one-line command of the README', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe('scripts/with-allocator.sh node scripts/start.mjs');
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('npm install && npm run build && npm start');
  });
});

describe('scripts/with-allocator.sh', () => {
  const MALLOC = ['MALLOC_ARENA_MAX', 'MALLOC_MMAP_THRESHOLD_', 'MALLOC_TRIM_THRESHOLD_'];
  const mallocSettingsUnder = (env: NodeJS.ProcessEnv) => {
    const script = `process.stdout.write(JSON.stringify(${JSON.stringify(MALLOC)}.map((name) => process.env[name])))`;
    const result = spawnSync(path.join(ROOT, 'scripts/with-allocator.sh'), [process.execPath, '-e', script], { env, encoding: 'utf8' });
    return JSON.parse(result.stdout) as string[];
  };
  const withoutMalloc = () => Object.fromEntries(Object.entries(process.env).filter(([name]) => !MALLOC.includes(name)));

  it('runs the command with two malloc arenas and fixed mmap and trim thresholds', () => {
    expect(mallocSettingsUnder(withoutMalloc())).toEqual(['2', '131072', '131072']);
  });

  it("leaves an operator's own values as they are", () => {
    expect(mallocSettingsUnder({ ...withoutMalloc(), MALLOC_ARENA_MAX: '4' })).toEqual(['4', '131072', '131072']);
  });
});

describe('supported Node.js versions', () => {
  it('states in package.json the versions the start checks', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(SUPPORTED_NODE);
  });

  it('accepts 20.19 and later 20.x, and 22.12 or later', () => {
    expect(['20.19.0', '20.20.2', '22.12.0', '24.1.0'].filter(isSupportedNode)).toEqual(['20.19.0', '20.20.2', '22.12.0', '24.1.0']);
  });

  it('refuses 20.15 (the old engines floor), 21 and 22 before 22.12', () => {
    expect(['20.15.0', '20.18.3', '21.7.3', '22.11.0', '18.20.0'].filter(isSupportedNode)).toEqual([]);
  });

  it('runs on the Node.js of this machine', () => {
    expect(isSupportedNode(process.versions.node)).toBe(true);
  });
});
