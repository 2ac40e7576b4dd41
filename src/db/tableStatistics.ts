import type { SqlEntityManager } from '@mikro-orm/knex';
import { isPostgres } from './dialect.js';
import { execute } from './rawQuery.js';

/**
 * PostgreSQL: gathers fresh statistics for tables a bulk write just filled (ANALYZE samples them; about 0.4 s
 * for 100k objects). Until autovacuum gets to it, a planner that believes an organization holds a hundred rows
 * where it holds 100k scans and sorts the table for every page of an export. SQLite: nothing to do (its
 * planner reads no table statistics unless asked to).
 */
export async function refreshStatistics(em: SqlEntityManager, tables: readonly string[]): Promise<void> {
  if (!isPostgres(em) || tables.length === 0) return;
  await execute(em, `analyze ${tables.map((t) => `"${t}"`).join(', ')}`);
}
