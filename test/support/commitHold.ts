import pg from 'pg';
import type { TestDatabase } from './databases.js';

/*
 * Holding a PostgreSQL import commit at a known point, through the database alone: no hook in the service, no
 * sleep. A separate client takes SHARE on object_reference, which every registry write to references needs in
 * ROW EXCLUSIVE: the commit then plans, records its outcomes and stops at its first reference write (phase
 * WRITING), holding its commit lock and the registry revision's row lock, until the hold is released. What waits
 * on what is read from pg_locks and pg_stat_activity.
 */


export interface CommitHold {
  /** Resolves once a writer waits for the held table (the commit, at its first reference write). */
  untilCommitWaits(): Promise<void>;
  /** Resolves once at least `count` sessions of this database wait on a lock (the hold itself never waits). */
  untilWaiting(count: number): Promise<void>;
  /** Lets everything go on. */
  release(): Promise<void>;
}

export async function holdReferenceWrites(db: TestDatabase): Promise<CommitHold> {
  const client = new pg.Client({ connectionString: db.databaseUrl! });
  await client.connect();
  await client.query('begin');
  await client.query('lock table object_reference in share mode');
  const observer = new pg.Client({ connectionString: db.databaseUrl! });
  await observer.connect();
  // Each look is a round trip to PostgreSQL (no timer between them); the test's own timeout bounds the wait.
  const until = async (_what: string, sql: string, enough: (n: number) => boolean) => {
    for (;;) {
      const { rows } = await observer.query<{ n: string }>(sql);
      if (enough(Number(rows[0].n))) return;
    }
  };
  return {
    untilCommitWaits: () =>
      until(
        'the commit to wait for object_reference',
        `select count(*) as n from pg_locks l join pg_class c on c.oid = l.relation
          where c.relname = 'object_reference' and l.mode = 'RowExclusiveLock' and not l.granted`,
        (n) => n >= 1,
      ),
    untilWaiting: (count) =>
      until(
        `${count} sessions waiting on locks`,
        `select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
        (n) => n >= count,
      ),
    release: async () => {
      await client.query('rollback');
      await client.end();
      await observer.end();
    },
  };
}

/**
 * Resolves once no session but this look is connected to `db`: after a server is killed, its sessions (and their
 * open transactions) are gone. Each look is a round trip (no timer); the test's own timeout bounds the wait.
 */
export async function untilOtherSessionsEnd(db: TestDatabase): Promise<void> {
  const observer = new pg.Client({ connectionString: db.databaseUrl! });
  await observer.connect();
  try {
    for (;;) {
      const { rows } = await observer.query<{ n: string }>(
        `select count(*) as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
      );
      if (Number(rows[0].n) === 0) return;
    }
  } finally {
    await observer.end();
  }
}
