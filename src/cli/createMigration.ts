import 'reflect-metadata';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { ormOptions, type DatabaseKind } from '../db/orm.js';

/**
 * Writes, for SQLite and for PostgreSQL, a migration from the difference between the entities and the schema
 * the existing migrations produce, then rewrites each migrations index. Run: npm run migration:create -- name
 */
const name = process.argv[2];
const postgresUrl = process.env.MIGRATION_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
if (!name || !/^[a-z][a-zA-Z0-9]*$/.test(name)) {
  console.error('usage: npm run migration:create -- <camelCaseName>');
  process.exit(2);
}

async function createFor(kind: DatabaseKind): Promise<void> {
  const dir = path.resolve('src/db/migrations', kind);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rb-migrate-'));
  const dbName = `rb_migrate_${Date.now()}`;
  const base = ormOptions({ databaseUrl: kind === 'postgresql' ? postgresUrl.replace(/\/[^/]*$/, `/${dbName}`) : null, dataDir });
  const orm = await MikroORM.init({
    ...base,
    ensureDatabase: kind === 'postgresql',
    migrations: { ...base.migrations, emit: 'ts', path: dir, fileName: (ts, n) => `Migration${ts}_${n}` },
  });
  try {
    await orm.getMigrator().up();
    const result = await orm.getMigrator().createMigration(dir, false, false, name);
    console.log(result.fileName ? `${kind}: wrote ${result.fileName}` : `${kind}: no schema changes`);
  } finally {
    if (kind === 'postgresql') await orm.getSchemaGenerator().dropDatabase(dbName).catch(() => undefined);
    await orm.close(true);
    rmSync(dataDir, { recursive: true, force: true });
  }
  writeIndex(kind, dir);
}

function writeIndex(kind: DatabaseKind, dir: string): void {
  const files = readdirSync(dir)
    .filter((f) => /^Migration\d+.*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  const lines = [
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...files.map((f) => `import { ${f} } from './${f}.js';`),
    '',
    '// Maintained by `npm run migration:create -- <name>`: every migration of this database, oldest first.',
    `export const ${kind}Migrations: MigrationObject[] = [`,
    ...files.map((f) => `  { name: '${f}', class: ${f} },`),
    '];',
    '',
  ];
  writeFileSync(path.join(dir, 'index.ts'), lines.join('\n'));
}

await createFor('sqlite');
await createFor('postgresql');
