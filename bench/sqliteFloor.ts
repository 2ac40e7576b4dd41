import path from 'node:path';
import Database from 'better-sqlite3';
import type { Migration } from '@mikro-orm/migrations';
import { sqliteMigrations } from '../src/db/migrations/sqlite/index.js';
import type { BenchCase, BenchContext } from './benchCase.js';
import { attributePool, benchObjectRow } from './benchContent.js';
import { objectUuids, REFERENCE_NAMES, referenceTargets, seededRandom } from './syntheticObjects.js';

export type FloorScale = Pick<BenchContext, 'objects' | 'referencesPerObject' | 'attributeBytes' | 'workDir'>;

/**
 * The registry's own tables and indexes, read from its SQLite migrations in order. Not its triggers: the registry
 * revision's row trigger is the registry's own cost (with one statement per row, SQLite opens a statement journal
 * for every row it fires on, which more than doubled this floor's time), so the floor stays a plain insert.
 */
async function registrySchemaSql(): Promise<string[]> {
  const queries: string[] = [];
  for (const { class: migrationClass } of sqliteMigrations) {
    const migration = new (migrationClass as unknown as new (driver: never, config: never) => Migration)(null as never, null as never);
    await migration.up();
    queries.push(...migration.getQueries().map(String).filter((sql) => !/^create trigger /i.test(sql.trim())));
  }
  return queries;
}

export const OBJECT_COLUMNS = [
  'uuid', 'kind', 'name', 'description', 'owner_uuid', 'organization_uuid', 'object_type_uuid', 'created_at', 'timestamp',
  'version', 'previous_version_uuid', 'lifecycle_model_uuid', 'lifecycle_state_uuid', 'attributes', 'fields',
  'view_content', 're_packageable', 'editable',
];

export type ObjectValues = unknown[];
export type ReferenceValues = [string, string, string];

/** The rows to insert, made before the clock starts: the floor measures SQLite, not the data generator. */
export function floorRows(scale: FloorScale): { objects: ObjectValues[]; references: ReferenceValues[] } {
  const uuids = objectUuids(scale.objects);
  const pool = attributePool(scale.attributeBytes);
  const random = seededRandom(7);
  const links = { owner: uuids[0]!, organization: uuids[0]!, objectType: uuids[0]! };
  const objects: ObjectValues[] = [];
  const references: ReferenceValues[] = [];
  uuids.forEach((uuid, i) => {
    const r = benchObjectRow(uuid, i, pool, links);
    objects.push([r.uuid, r.kind, r.name, r.description, r.ownerUuid, r.organizationUuid, r.objectTypeUuid, r.createdAt.getTime(),
      r.timestamp.getTime(), r.version, null, null, null, JSON.stringify(r.attributes), JSON.stringify(r.fields), 1, 1, 1]);
    referenceTargets(uuids, i, scale.referencesPerObject, random).forEach((target, n) => references.push([uuid, REFERENCE_NAMES[n % REFERENCE_NAMES.length]!, target]));
  });
  return { objects, references };
}

/**
 * The floor: seconds to insert `objects` objects (with their ~1 KB attributes) and their references straight into
 * a fresh SQLite file with the registry's schema and indexes, using better-sqlite3 with its defaults, one prepared
 * statement per table, in one transaction. Nothing that moves the same rows through the registry can be much faster.
 */
export async function measureSqliteFloor(scale: FloorScale): Promise<number> {
  const { objects, references } = floorRows(scale);
  const db = new Database(path.join(scale.workDir, 'floor.sqlite'));
  try {
    for (const sql of await registrySchemaSql()) db.exec(sql);
    const insertObject = db.prepare(`insert into registry_object (${OBJECT_COLUMNS.join(', ')}) values (${OBJECT_COLUMNS.map(() => '?').join(', ')})`);
    const insertReference = db.prepare('insert into object_reference (source_uuid, name, target_uuid) values (?, ?, ?)');
    const started = performance.now();
    db.transaction(() => {
      for (const values of objects) insertObject.run(values);
      for (const values of references) insertReference.run(values);
    })();
    return (performance.now() - started) / 1000;
  } finally {
    db.close();
  }
}

export const sqliteFloorCase: BenchCase = {
  name: 'floor',
  description: 'insert the objects and references straight into SQLite (better-sqlite3, prepared statements, one transaction)',
  async run(ctx) {
    const seconds = await ctx.floorSeconds();
    return [
      { label: 'floor: insert into SQLite', value: seconds, unit: 's' },
      { label: 'floor: objects per second', value: ctx.objects / seconds, unit: 'objects/s' },
    ];
  },
};
