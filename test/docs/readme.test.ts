import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureServerBuilt } from '../support/serverBuild.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The README's ```sh blocks, in order. */
function shellBlocks(): string[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

/**
 * `npm` and `npx` as the README's commands meet them, in a checkout that is installed and built already:
 * `npm install` and `npm test` have nothing left to do (this suite is the test), `npm run build` checks the build
 * is current (as `npm start` does), everything else runs what npm would.
 */
function shims(dir: string): string {
  const bin = path.join(dir, 'bin');
  mkdirSync(bin);
  const node = process.execPath;
  writeFileSync(
    path.join(bin, 'npm'),
    `#!/usr/bin/env bash
case "$1 $2" in
  "install "*|"ci "*) echo "npm $1: installed already" ;;
  "test "*) echo "npm test: this suite is running" ;;
  "run build") exec "${node}" "${ROOT}/scripts/start.mjs" --check ;;
  "run seed") shift 2; exec "${node}" "${ROOT}/dist/src/cli/seed.js" "$@" ;;
  "start "*) exec "${ROOT}/scripts/with-allocator.sh" "${node}" "${ROOT}/scripts/start.mjs" ;;
  *) echo "npm $*: not a command of the README" >&2; exit 2 ;;
esac
`,
  );
  writeFileSync(
    path.join(bin, 'npx'),
    `#!/usr/bin/env bash
[ "$1" = registry-bridge ] || { echo "npx $1: not a command of the README" >&2; exit 2; }
shift
exec "${node}" "${ROOT}/dist/src/cli/bridge/main.js" "$@"
`,
  );
  chmodSync(path.join(bin, 'npm'), 0o755);
  chmodSync(path.join(bin, 'npx'), 0o755);
  return bin;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Session {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `script` in bash (errors fail it: `set -euo pipefail`) in `cwd`, as its own process group, and stops what
 * it started in the background (SIGTERM: the registries drain and exit). `whileRunning` sees a script that does not
 * end by itself run (e.g. waits for its server), then the group gets SIGTERM.
 */
/**
 * Process groups a test started and that have not exited. A test that times out never reaches its own clean-up
 * (it is still awaiting the script), so afterEach kills what is left: no registry outlives its test.
 */
const runningGroups = new Set<number>();

function killLeftovers(): void {
  for (const pid of runningGroups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // the group has exited
    }
  }
  runningGroups.clear();
}

async function bash(script: string, cwd: string, env: Record<string, string | undefined>, whileRunning?: () => Promise<void>): Promise<Session> {
  const merged = Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, v]) => v !== undefined));
  const child = spawn('bash', ['-c', `set -euo pipefail\n${script}\njobs -p | xargs -r kill\nwait`], { cwd, env: merged, detached: true });
  runningGroups.add(child.pid!);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      runningGroups.delete(child.pid!);
      resolve(code);
    }),
  );
  const stopGroup = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // the group has exited
    }
  };
  try {
    if (whileRunning) {
      await whileRunning();
      stopGroup();
    }
    return { code: await exited, stdout, stderr };
  } finally {
    stopGroup();
  }
}

/** Resolves once `url` answers 200 (the registry's /readyz): polled, no fixed wait. */
async function ready(url: string): Promise<void> {
  for (;;) {
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/*
 * Every ```sh block of the README runs here, as written (only its ports 4000 and 4001 become free ones), so the
 * README cannot drift from what the service does. The walk-through blocks run in one bash session, in order,
 * with `set -e`: a command that fails fails the test.
 */
describe('the README', () => {
  let dir: string;
  let bin: string;
  let ports: [number, number];

  beforeAll(async () => {
    await ensureServerBuilt();
    dir = mkdtempSync(path.join(tmpdir(), 'rb-readme-'));
    bin = shims(dir);
    ports = [await freePort(), await freePort()];
  }, 300_000);
  afterEach(killLeftovers);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const withPorts = (block: string) => block.replace(/\b4000\b/g, String(ports[0])).replace(/\b4001\b/g, String(ports[1]));
  const env = () => ({ PATH: `${bin}:${process.env.PATH}`, HOME: dir, LOG_LEVEL: 'warn', REGISTRY_ADMIN_TOKEN: undefined, REGISTRY_DATA_DIR: undefined, DATABASE_URL: undefined, PORT: String(ports[0]) });

  it('has the set-up block first, then the walk-through and the command line', () => {
    const blocks = shellBlocks();
    expect(blocks).toHaveLength(4);
    expect(blocks[0]).toMatch(/^npm install && npm run build && npm start .*\nnpm test /);
  });

  it('installs, builds and serves with its first command, and names the suite with its second', async () => {
    const [setUp] = shellBlocks();
    const [serve, test] = setUp!.trim().split('\n');
    const cwd = mkdtempSync(path.join(dir, 'setup-'));
    const served = await bash(withPorts(serve!), cwd, env(), () => ready(`http://127.0.0.1:${ports[0]}/readyz`));
    expect(served.stderr).toBe('');
    expect((await bash(test!, cwd, env())).code).toBe(0);
  }, 120_000);

  it('runs the walk-through and the command line as written: two registries, a package moved between them', async () => {
    const [, trying, moving, commandLine] = shellBlocks();
    const cwd = mkdtempSync(path.join(dir, 'walk-'));
    const session = await bash(withPorts([trying, moving, commandLine].join('\n')), cwd, env());
    expect({ code: session.code, stderr: session.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(session.stdout).toMatch(/"commitImport":\{"status":"SUCCEEDED"/);
    expect(session.stdout).toMatch(/"importRecord":\{"status":"SUCCEEDED"/);
    expect(session.stdout).not.toMatch(/"errors"/);
    // The preview's table, as the README prints it: one service per rule (test/registry/seed.test.ts checks all).
    expect(session.stdout.match(/^.*\tREJECT\tSTAGE_RESTRICTED.*$/gm)).toEqual([expect.stringMatching(/^checkout-api\t/)]);
    expect(session.stdout).toMatch(/^ledger-api\tREJECT\tPOLICY_VETO/m);
  }, 300_000); // a seed, two registries, four exports, three imports and the command line, on a shared machine
});
