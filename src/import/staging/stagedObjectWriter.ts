import type { Knex, SqlEntityManager } from '@mikro-orm/knex';

/** One staged_object row as inserted. */
export interface StagedObjectRow {
  stagedImportId: string;
  line: number;
  uuid: string;
  kind: string;
  name: string;
  contentDigest: string;
  record: string;
  /** ASSET only: JSON of its AttributeProfile; null for other kinds. */
  attributeProfile: string | null;
}

/**
 * Rows per multi-row insert: large enough to amortize a statement, small enough to stay far below the bound
 * parameter limits (8 per row: 8,000 of SQLite's 32,766 and PostgreSQL's 65,535).
 */
export const STAGED_OBJECT_BATCH = 1000;

const INSERT_HEAD =
  'insert into "staged_object" ("staged_import_id", "line", "uuid", "kind", "name", "content_digest", "record", "attribute_profile") values ';
const ROW_PLACEHOLDERS = '(?, ?, ?, ?, ?, ?, ?, ?)';

/**
 * Writes staged_object rows in batches of multi-row inserts, inside the caller's transaction. One batch is
 * written while the next is being parsed: the database works (in its own thread or server) while JavaScript
 * reads and validates, and at most two batches are ever held in memory.
 *
 * The insert is a statement with bound parameters on the transaction's connection rather than em.insertMany:
 * MikroORM 6 inlines every value into the SQL text, which for 1,000 records of a kilobyte or more means
 * escaping, copying and having SQLite parse megabytes of literals per batch. Bound, the whole staging is about
 * a fifth faster (bench/stagingBench.ts); the statement still runs in the transaction the ORM opened.
 */
export class StagedObjectWriter {
  private batch: StagedObjectRow[] = [];
  private inFlight: Promise<void> = Promise.resolve();
  private written = 0;
  private readonly connection: Knex.Transaction;

  constructor(
    tx: SqlEntityManager,
    private readonly batchSize = STAGED_OBJECT_BATCH,
  ) {
    const connection = tx.getTransactionContext<Knex.Transaction>();
    if (!connection) throw new Error('StagedObjectWriter writes inside a transaction: use it within em.transactional');
    this.connection = connection;
  }

  /** Queues a row; resolves once the row is buffered (it may be written later). */
  async add(row: StagedObjectRow): Promise<void> {
    this.batch.push(row);
    if (this.batch.length >= this.batchSize) await this.writeBatch();
  }

  /** Writes what is left and waits for every write; returns the number of rows written. */
  async finish(): Promise<number> {
    if (this.batch.length > 0) await this.writeBatch();
    await this.inFlight;
    return this.written;
  }

  /**
   * Waits for a write still in progress, ignoring its outcome: called before leaving the transaction on an
   * error, so the rollback never races an insert.
   */
  async writesDone(): Promise<void> {
    await this.inFlight.catch(() => undefined);
  }

  private async writeBatch(): Promise<void> {
    const rows = this.batch;
    this.batch = [];
    await this.inFlight; // rethrows the previous batch's failure before starting another
    this.inFlight = this.insert(rows).then(() => {
      this.written += rows.length;
    });
    // Observed by the next await on inFlight; until then it must not count as an unhandled rejection.
    this.inFlight.catch(() => undefined);
  }

  private async insert(rows: StagedObjectRow[]): Promise<void> {
    const bindings: (string | number | null)[] = [];
    for (const r of rows) {
      bindings.push(r.stagedImportId, r.line, r.uuid, r.kind, r.name, r.contentDigest, r.record, r.attributeProfile);
    }
    await this.connection.raw(INSERT_HEAD + rows.map(() => ROW_PLACEHOLDERS).join(', '), bindings);
  }
}
