import pg from 'pg';
import { openDatabase } from '../src/db/orm.js';
import { floorRows, OBJECT_COLUMNS, type FloorScale } from './sqliteFloor.js';

/*
 * The PostgreSQL floor: the rows the SQLite floor inserts (the same objects with ~1 KiB attributes and their
 * references), written into a fresh database with the registry's schema (its migrations: tables, indexes, the
 * statement-level revision triggers) by COPY … FROM STDIN, both tables in one transaction, through one pg client.
 * The COPY text is made before the clock starts: the floor measures PostgreSQL, not the data generator.
 * pg-copy-streams is not a dependency; pg's connection speaks the COPY sub-protocol (copyData, copyDone) itself,
 * and CopyIn below drives it as a pg "submittable" query, as that package does.
 */

const DATE_COLUMNS = new Set(['created_at', 'timestamp']);
const BOOLEAN_COLUMNS = new Set(['view_content', 're_packageable', 'editable']);
const CHUNK_BYTES = 1024 * 1024;

/** One value in COPY's text format: \N for null, backslash escapes for the characters the format reserves. */
function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  return String(value).replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);
}

/** Rows as COPY text, in chunks of about a MiB. */
function copyChunks(rows: unknown[][]): Buffer[] {
  const chunks: Buffer[] = [];
  let lines: string[] = [];
  let size = 0;
  for (const row of rows) {
    const line = `${row.map(copyText).join('\t')}\n`;
    lines.push(line);
    size += line.length;
    if (size >= CHUNK_BYTES) {
      chunks.push(Buffer.from(lines.join('')));
      lines = [];
      size = 0;
    }
  }
  if (lines.length) chunks.push(Buffer.from(lines.join('')));
  return chunks;
}

interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

/** `COPY … FROM STDIN` with the given data, as a query pg's client can run (client.query(new CopyIn(…))). */
class CopyIn {
  private error: Error | null = null;
  readonly done: Promise<void>;
  private settle!: { resolve: () => void; reject: (err: Error) => void };

  constructor(
    private readonly text: string,
    private readonly chunks: Buffer[],
  ) {
    this.done = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
  }

  submit(connection: CopyConnection): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: CopyConnection): void {
    for (const chunk of this.chunks) connection.sendCopyFromChunk(chunk);
    connection.endCopyFrom();
  }

  handleCommandComplete(): void {}

  handleError(err: Error): void {
    this.error = err;
  }

  handleReadyForQuery(): void {
    if (this.error) this.settle.reject(this.error);
    else this.settle.resolve();
  }
}

/** Seconds to COPY the floor's rows into `databaseUrl` (an empty database; its schema is made here first). */
export async function measurePostgresFloor(scale: FloorScale & { databaseUrl: string }): Promise<number> {
  const orm = await openDatabase({ databaseUrl: scale.databaseUrl, dataDir: scale.workDir });
  await orm.close(true);
  const { objects, references } = floorRows(scale);
  const objectRows = objects.map((values) =>
    values.map((v, i) => {
      const column = OBJECT_COLUMNS[i]!;
      if (DATE_COLUMNS.has(column)) return new Date(v as number).toISOString();
      if (BOOLEAN_COLUMNS.has(column)) return v ? 't' : 'f';
      return v;
    }),
  );
  const objectChunks = copyChunks(objectRows);
  const referenceChunks = copyChunks(references);
  const client = new pg.Client({ connectionString: scale.databaseUrl });
  await client.connect();
  try {
    const started = performance.now();
    await client.query('begin');
    for (const copy of [
      new CopyIn(`copy registry_object (${OBJECT_COLUMNS.join(', ')}) from stdin`, objectChunks),
      new CopyIn('copy object_reference (source_uuid, name, target_uuid) from stdin', referenceChunks),
    ]) {
      void client.query(copy as never);
      await copy.done;
    }
    await client.query('commit');
    const seconds = (performance.now() - started) / 1000;
    const [{ n }] = (await client.query('select count(*)::int as n from registry_object')).rows as [{ n: number }];
    if (n !== scale.objects) throw new Error(`the PostgreSQL floor stored ${n} of ${scale.objects} objects`);
    return seconds;
  } finally {
    await client.end();
  }
}
