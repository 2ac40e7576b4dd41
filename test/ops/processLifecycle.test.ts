import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_ENTRY } from '../support/childRegistry.js';
import { databases, type TestDatabase } from '../support/databases.js';
import { removeTempFiles } from '../support/exportBuilders.js';
import { ensureServerBuilt } from '../support/serverBuild.js';
import { assetChain, writeTestArchive } from '../support/testArchives.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ADMIN_TOKEN = 'lifecycle-admin-token-0123456789abcdef';

interface Server {
  child: ChildProcess;
  url: string;
  lines: Record<string, unknown>[];
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

const started: ChildProcess[] = [];

/** `node dist/src/main.js` as production runs it, with `env` over a test configuration. */
function run(env: Record<string, string | undefined>): Omit<Server, 'url'> & { listening: Promise<string> } {
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', REGISTRY_ADMIN_TOKEN: ADMIN_TOKEN, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines: Record<string, unknown>[] = [];
  const listening = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        lines.push(entry);
        if (entry.msg === 'registry started') resolve(String(entry.url));
      } catch {
        // not a log line
      }
    });
    child.once('exit', (code) => reject(new Error(`exited ${code} before listening: ${stderr}`)));
  });
  listening.catch(() => undefined);
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, lines, exit, listening };
}

async function startServer(db: TestDatabase, env: Record<string, string> = {}): Promise<Server> {
  const r = run({ REGISTRY_DATA_DIR: db.dataDir, ...(db.databaseUrl ? { DATABASE_URL: db.databaseUrl } : {}), ...env });
  return { ...r, url: await r.listening };
}

async function inFlight(url: string): Promise<number> {
  const text = await (await fetch(url.replace(/\/graphql$/, '/metrics'))).text();
  return Number(/^registry_http_requests_in_flight (\d+)/m.exec(text)?.[1] ?? 0) - 1; // not counting the scrape
}

/** A multipart stageArchive request whose body is sent in two halves: the second when the test says. */
function uploadInTwoHalves(url: string, archive: Buffer, query = 'mutation Upload($file: Upload!) { stageArchive(file: $file) { id objectCount } }') {
  const boundary = 'lifecycle-boundary';
  const part = (name: string, value: string | Buffer, file = false) =>
    Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"${file ? '; filename="a.zip"\r\nContent-Type: application/zip' : ''}\r\n\r\n`),
      Buffer.from(value),
      Buffer.from('\r\n'),
    ]);
  const operations = JSON.stringify({ query, variables: { file: null } });
  const body = Buffer.concat([part('operations', operations), part('map', '{"0":["variables.file"]}'), part('0', archive, true), Buffer.from(`--${boundary}--\r\n`)]);
  const half = body.length - Math.floor(archive.length / 2);
  const req = http.request(url, {
    method: 'POST',
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': String(body.length),
      authorization: `Bearer ${ADMIN_TOKEN}`,
      'apollo-require-preflight': 'true',
    },
  });
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
  req.write(body.subarray(0, half));
  return { answer, finish: () => req.end(body.subarray(half)) };
}

async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setImmediate(resolve));
}

describe('process lifecycle', () => {
  beforeAll(() => ensureServerBuilt(), 300_000);
  afterEach(() => {
    for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  afterAll(() => removeTempFiles());

  describe.each(databases)('stop on $name', ({ create }) => {
    let db: TestDatabase;
    let archive: Buffer;

    beforeAll(async () => {
      db = await create();
      // An organization, its object type and an asset, written as an exporting registry would (unsigned).
      archive = await readFile(await writeTestArchive(assetChain(1)));
    });
    afterAll(() => db?.drop());

    it('exits 0 on SIGTERM, having closed the database', async () => {
      const server = await startServer(db);
      server.child.kill('SIGTERM');
      const { code, signal } = await server.exit;
      expect({ code, signal }).toEqual({ code: 0, signal: null });
      expect(server.lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['stopping: draining requests in flight', 'stopped']));
    });

    it('lets an upload in flight finish and answers it before exiting', async () => {
      const server = await startServer(db);
      const upload = uploadInTwoHalves(server.url, archive);
      await until(async () => (await inFlight(server.url)) === 1);
      server.child.kill('SIGTERM');
      await until(async () => server.lines.some((l) => l.msg === 'stopping: draining requests in flight'));
      upload.finish();
      const answer = await upload.answer;
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toMatchObject({ data: { stageArchive: { objectCount: expect.any(Number) } } });
      expect((await server.exit).code).toBe(0);
    });

    it('lets a commit answered at once (wait: false) end committed before it exits', async () => {
      const server = await startServer(db);
      const upload = uploadInTwoHalves(server.url, archive, 'mutation Import($file: Upload!) { importArchive(file: $file, wait: false) { id status } }');
      upload.finish();
      const answer = await upload.answer;
      const record = JSON.parse(answer.body).data.importArchive as { id: string; status: string };
      expect(record.status).toBe('RUNNING');
      server.child.kill('SIGTERM');
      expect((await server.exit).code).toBe(0);
      const messages = server.lines.map((l) => (l.event === 'import.committed' && l.importId === record.id ? 'committed' : l.msg));
      expect(messages.indexOf('committed')).toBeGreaterThan(-1);
      expect(messages.indexOf('committed')).toBeLessThan(messages.indexOf('stopped'));
    });

    it('answers 503 SERVICE_UNAVAILABLE to a request still running when the grace period ends', async () => {
      const server = await startServer(db, { SHUTDOWN_GRACE_SECONDS: '0' });
      const upload = uploadInTwoHalves(server.url, archive);
      await until(async () => (await inFlight(server.url)) === 1);
      server.child.kill('SIGTERM');
      const answer = await upload.answer;
      expect(answer.status).toBe(503);
      expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect((await server.exit).code).toBe(0);
    });
  });

  describe('start errors', () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await databases[0]!.create();
    });
    afterAll(() => db?.drop());

    /** Starts with `env`; resolves with the exit code and what stderr said. */
    async function failedStart(env: Record<string, string | undefined>) {
      const { exit } = run({ REGISTRY_DATA_DIR: db.dataDir, ...env });
      const { code, stderr } = await exit;
      return { code, lines: stderr.trim().split('\n') };
    }

    it('names DATABASE_URL when nothing listens at it, in one line without a stack', async () => {
      const port = await freePort();
      const { code, lines } = await failedStart({ DATABASE_URL: `postgresql://postgres:secret@127.0.0.1:${port}/nowhere` });
      expect(code).toBe(1);
      expect(lines).toEqual([expect.stringMatching(/^registry-bridge: DATABASE_URL=postgresql:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/nowhere: cannot use the database \(ECONNREFUSED\): .*start PostgreSQL/)]);
    });

    it('names PORT when the port is in use, in one line', async () => {
      const holder = net.createServer();
      await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', () => resolve()));
      try {
        const port = (holder.address() as net.AddressInfo).port;
        const { code, lines } = await failedStart({ PORT: String(port) });
        expect(code).toBe(1);
        expect(lines).toEqual([`registry-bridge: PORT=${port}: the port is already in use on 127.0.0.1; stop the process that holds it, or set PORT to a free port.`]);
      } finally {
        holder.close();
      }
    });

    it('refuses an empty PORT instead of taking a random one', async () => {
      const { code, lines } = await failedStart({ PORT: '' });
      expect(code).toBe(1);
      expect(lines).toEqual([expect.stringMatching(/^registry-bridge: Invalid configuration: PORT: must be a port number from 1 to 65535/)]);
    });
  });
});

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
