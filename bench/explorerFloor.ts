import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';

/*
 * The explorer's floor: the rows of one explorer page (100 assets, their owners and lifecycle states, their
 * references with their targets' names) read with hand-written SQL and serialized to the same JSON answer the
 * GraphQL API gives, in one process, with no server in between. SQLite through better-sqlite3 (synchronous, the
 * fastest way to read that file), PostgreSQL through one pg client.
 */

export const PAGE_SIZE = 100;

/** The explorer page the bench asks for over HTTP; the floor answers the same. */
export const EXPLORER_PAGE = `query BenchExplorerPage($after: String) {
  objects(first: ${PAGE_SIZE}, after: $after, filter: { kinds: [ASSET] }) {
    pageInfo { hasNextPage endCursor }
    edges { node {
      uuid name kind
      owner { uuid name }
      ... on Asset { lifecycleState { uuid name } }
      references { name targetUuid target { uuid name kind } }
    } }
  }
}`;

type Row = Record<string, unknown>;

/** How a floor reads: a statement with positional parameters (`?`), resolved with its rows. */
type Reader = (sql: string, params: unknown[]) => Promise<Row[]>;

export interface ExplorerFloor {
  /** The page after `cursor` (null: the first), as the JSON text of the API's answer. */
  page(cursor: string | null): Promise<string>;
  /** `count` page cursors spread evenly over the assets (null for the first page). */
  cursors(count: number): Promise<(string | null)[]>;
  close(): Promise<void>;
}

const encodeCursor = (name: string, uuid: string) => Buffer.from(JSON.stringify([name, uuid])).toString('base64url');
const decodeCursor = (cursor: string) => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

function floorOver(read: Reader, close: () => Promise<void>): ExplorerFloor {
  return {
    close,
    async cursors(count) {
      const [{ n }] = (await read(`select count(*) as n from registry_object where kind = 'ASSET'`, [])) as [{ n: number | string }];
      const step = Math.max(1, Math.floor((Number(n) - PAGE_SIZE) / count));
      const cursors: (string | null)[] = [null];
      for (let i = 1; i < count; i++) {
        const [row] = await read(`select name, uuid from registry_object where kind = 'ASSET' order by name, uuid limit 1 offset ?`, [i * step]);
        cursors.push(encodeCursor(row!.name as string, row!.uuid as string));
      }
      return cursors;
    },
    async page(cursor) {
      const keyset = cursor ? decodeCursor(cursor) : null;
      const rows = await read(
        `select uuid, name, kind, owner_uuid, lifecycle_model_uuid, lifecycle_state_uuid from registry_object
         where kind = 'ASSET' ${keyset ? 'and name >= ? and (name > ? or (name = ? and uuid > ?))' : ''}
         order by name, uuid limit ?`,
        keyset ? [keyset[0], keyset[0], keyset[0], keyset[1], PAGE_SIZE + 1] : [PAGE_SIZE + 1],
      );
      const page = rows.slice(0, PAGE_SIZE);
      const uuids = page.map((r) => r.uuid as string);
      const references = uuids.length
        ? await read(
            `select r.source_uuid, r.name, r.target_uuid, t.uuid as t_uuid, t.name as t_name, t.kind as t_kind
             from object_reference r left join registry_object t on t.uuid = r.target_uuid
             where r.source_uuid in (${marks(uuids.length)}) order by r.source_uuid, r.name, r.target_uuid`,
            uuids,
          )
        : [];
      const related = [...new Set(page.flatMap((r) => [r.owner_uuid, r.lifecycle_model_uuid]).filter(Boolean))] as string[];
      const others = related.length ? await read(`select uuid, name, fields from registry_object where uuid in (${marks(related.length)})`, related) : [];
      const byUuid = new Map(others.map((o) => [o.uuid as string, o]));
      const bySource = new Map<string, Row[]>();
      for (const r of references) {
        const list = bySource.get(r.source_uuid as string) ?? [];
        list.push(r);
        bySource.set(r.source_uuid as string, list);
      }
      const stateOf = (row: Row) => {
        const model = byUuid.get(row.lifecycle_model_uuid as string);
        if (!model || !row.lifecycle_state_uuid) return null;
        const fields = (typeof model.fields === 'string' ? JSON.parse(model.fields) : model.fields) as { states: { uuid: string; name: string }[] };
        const state = fields.states.find((s) => s.uuid === row.lifecycle_state_uuid);
        return state ? { uuid: state.uuid, name: state.name } : null;
      };
      const edges = page.map((row) => {
        const owner = byUuid.get(row.owner_uuid as string);
        return {
          node: {
            uuid: row.uuid,
            name: row.name,
            kind: row.kind,
            owner: owner ? { uuid: owner.uuid, name: owner.name } : null,
            lifecycleState: stateOf(row),
            references: (bySource.get(row.uuid as string) ?? []).map((r) => ({
              name: r.name,
              targetUuid: r.target_uuid,
              target: r.t_uuid ? { uuid: r.t_uuid, name: r.t_name, kind: r.t_kind } : null,
            })),
          },
        };
      });
      const last = page.at(-1);
      const pageInfo = { hasNextPage: rows.length > PAGE_SIZE, endCursor: last ? encodeCursor(last.name as string, last.uuid as string) : null };
      return JSON.stringify({ data: { objects: { pageInfo, edges } } });
    },
  };
}

/** The floor over the registry's SQLite file, opened read-only beside the running service (WAL). */
export function sqliteExplorerFloor(dataDir: string): ExplorerFloor {
  const db = new Database(path.join(dataDir, 'registry.sqlite'), { readonly: true });
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => statements.get(sql) ?? statements.set(sql, db.prepare(sql)).get(sql)!;
  return floorOver(async (sql, params) => prepared(sql).all(...params) as Row[], async () => void db.close());
}

/** The floor over a PostgreSQL database, through one connection. */
export async function postgresExplorerFloor(databaseUrl: string): Promise<ExplorerFloor> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const numbered = (sql: string) => {
    let i = 0;
    return sql.replace(/\?/g, () => `$${++i}`);
  };
  return floorOver(async (sql, params) => (await client.query(numbered(sql), params)).rows as Row[], () => client.end());
}
