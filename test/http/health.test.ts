import { describe, expect, it } from 'vitest';
import { databases } from '../support/databases.js';
import { suiteRegistry, type TestRegistry } from '../support/testRegistry.js';

async function get(registry: TestRegistry, path: string) {
  const res = await fetch(`${registry.baseUrl}${path}`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/* What an orchestrator probes: /livez (the process serves), /readyz (it can serve: database and schema), /healthz. */
describe.each(databases)('health probes on $name', ({ create }) => {
  const registry = suiteRegistry(create);

  it('answers /livez without a token', async () => {
    expect(await get(registry, '/livez')).toEqual({ status: 200, body: { status: 'ok' } });
  });

  it('answers /readyz 200 when the database answers and every migration is applied', async () => {
    expect(await get(registry, '/readyz')).toEqual({
      status: 200,
      body: { status: 'ready', checks: { database: 'ok', migrations: 'ok', stopping: false } },
    });
  });

  it('answers /readyz 503 while a migration is pending', async () => {
    const connection = registry.running.app.orm.em.getConnection();
    const [last] = await connection.execute<{ id: number; name: string; executed_at: unknown }[]>(
      'select id, name, executed_at from mikro_orm_migrations order by id desc limit 1',
    );
    await connection.execute('delete from mikro_orm_migrations where id = ?', [last!.id]);
    try {
      expect(await get(registry, '/readyz')).toEqual({
        status: 503,
        body: { status: 'unavailable', checks: { database: 'ok', migrations: '1 pending', stopping: false } },
      });
    } finally {
      await connection.execute('insert into mikro_orm_migrations (id, name, executed_at) values (?, ?, ?)', [last!.id, last!.name, last!.executed_at]);
    }
    expect((await get(registry, '/readyz')).status).toBe(200);
  });

  it('keeps /healthz as it was', async () => {
    expect(await get(registry, '/healthz')).toMatchObject({ status: 200, body: { status: 'ok', registry: registry.running.app.registry.uuid } });
  });
});
