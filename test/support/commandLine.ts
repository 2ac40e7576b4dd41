import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The built command line (test/globalSetup.ts builds it), as package.json's `bin` names it. */
export const CLI_BIN = path.join(ROOT, (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin['registry-bridge']!);

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Added to a bare environment: PATH, and HOME and XDG_CONFIG_HOME in a fresh folder (no user configuration). */
  env?: Record<string, string>;
  cwd?: string;
}

/**
 * Runs registry-bridge as a pipeline would: a child process with pipes for stdout and stderr (not a terminal),
 * an environment holding only what the test gives it, and its exit code.
 */
export function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const home = path.join(scratchDir(), 'home');
  mkdirSync(home, { recursive: true });
  const child = spawn(process.execPath, [CLI_BIN, ...args], {
    cwd: options.cwd ?? home,
    env: { PATH: process.env.PATH ?? '', HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/**
 * Runs registry-bridge on a terminal: util-linux `script` gives it a pseudo-terminal for stderr (and stdin),
 * while its stdout goes to `stdoutFile`. Resolves with the exit code and what the terminal showed.
 */
export function runCliOnTerminal(args: string[], stdoutFile: string, options: CliOptions = {}): Promise<{ code: number; terminal: string }> {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const command = [process.execPath, CLI_BIN, ...args].map(quote).join(' ') + ` > ${quote(stdoutFile)}`;
  const home = path.join(scratchDir(), 'home');
  mkdirSync(home, { recursive: true });
  const child = spawn('script', ['-qec', command, '/dev/null'], {
    cwd: home,
    env: { PATH: process.env.PATH ?? '', HOME: home, TERM: 'xterm', COLUMNS: '120', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let terminal = '';
  child.stdout.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? -1, terminal }));
  });
}

const SCHEMAS = path.join(ROOT, 'src/cli/bridge/schemas');
// strictTypes/strictRequired off: the schema states `required` and `type` in if/then branches, as JSON Schema
// allows; unknown keywords and formats still fail the compilation.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
addFormatsModule.default(ajv, ['date-time', 'uri']);
ajv.addSchema(JSON.parse(readFileSync(path.join(SCHEMAS, 'plan-file.schema.json'), 'utf8')));
const validateOutput = ajv.compile(JSON.parse(readFileSync(path.join(SCHEMAS, 'output.schema.json'), 'utf8')));
const validatePlanFile = ajv.getSchema('https://registry-bridge.example/schemas/cli/1/plan-file.schema.json')!;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonDocument = Record<string, any>;

/**
 * The --json document of a run, checked against output.schema.json and against the run itself: one document,
 * the whole of stdout, whose exitCode is the process's.
 */
export function jsonOutput(run: CliRun): JsonDocument {
  let doc: JsonDocument;
  try {
    doc = JSON.parse(run.stdout) as JsonDocument;
  } catch {
    throw new Error(`stdout is not one JSON document (exit ${run.code}):\n${run.stdout}\nstderr:\n${run.stderr}`);
  }
  if (!validateOutput(doc)) throw new Error(`--json output breaks output.schema.json: ${JSON.stringify(validateOutput.errors, null, 2)}\n${run.stdout}`);
  if (doc.exitCode !== run.code) throw new Error(`exitCode ${doc.exitCode} in the document, ${run.code} from the process`);
  return doc;
}

/** A plan file checked against plan-file.schema.json. */
export function planFileContent(file: string): JsonDocument {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as JsonDocument;
  if (!validatePlanFile(doc)) throw new Error(`the plan file breaks plan-file.schema.json: ${JSON.stringify(validatePlanFile.errors)}`);
  return doc;
}

let scratch: string | undefined;

/** This test file's scratch folder, for archives, plan files, token files (and the runs' empty HOME). */
export function scratchDir(): string {
  scratch ??= mkdtempSync(path.join(tmpdir(), 'rb-cli-'));
  return scratch;
}

/** A fresh path in the scratch folder. */
export function scratchFile(name: string): string {
  return path.join(scratchDir(), `${Math.random().toString(36).slice(2, 10)}-${name}`);
}

/** For afterAll. */
export function removeScratch(): void {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
}
