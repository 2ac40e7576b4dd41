import pg from 'pg';

/**
 * Runs `work` with the URL of a fresh PostgreSQL database made through `adminUrl` (a database the user may
 * create databases from, e.g. postgresql://postgres@127.0.0.1:5432/postgres), dropped afterwards.
 */
export async function withBenchDatabase<T>(adminUrl: string, work: (databaseUrl: string) => Promise<T>): Promise<T> {
  const name = `rb_bench_${Date.now()}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return await work(url.toString());
  } finally {
    await admin(`drop database if exists ${name} with (force)`);
  }
}
