import { afterAll, describe, expect, it } from 'vitest';
import { databases } from '../support/databases.js';
import { exportArchive, removeTempFiles } from '../support/exportBuilders.js';
import { commit, exportToFile, preview, stage } from '../support/importClient.js';
import { createAsset, createObjectType, createOrganization } from '../support/registryBuilders.js';
import { suiteRegistry, type TestRegistry } from '../support/testRegistry.js';

async function scrape(registry: TestRegistry): Promise<{ type: string | null; text: string }> {
  const res = await fetch(`${registry.baseUrl}/metrics`);
  return { type: res.headers.get('content-type'), text: await res.text() };
}

/** The value of one sample line (`name{labels} value`), or undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text.split('\n').find((l) => {
    if (!l.startsWith(`${name}{`) && !l.startsWith(`${name} `)) return false;
    return wanted.every((w) => l.includes(w));
  });
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

/* /metrics in Prometheus' text format: what a dashboard of this service shows. */
describe.each(databases)('metrics on $name', ({ create }) => {
  const registry = suiteRegistry(create);

  afterAll(async () => {
    await removeTempFiles();
  });

  it('serves Prometheus text with process, event-loop lag and database pool figures', async () => {
    const { type, text } = await scrape(registry);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(sample(text, 'registry_nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'registry_db_pool_connections_max')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'registry_db_pool_pending_acquires')).toBeGreaterThanOrEqual(0); // present; its value is of the moment
    expect(sample(text, 'registry_commits_running')).toBe(0);
  });

  it('times requests by GraphQL operation name and status', async () => {
    await registry.admin.data('query MetricsProbe { me { name } }');
    const { text } = await scrape(registry);
    expect(sample(text, 'registry_http_request_duration_seconds_count', { operation: 'MetricsProbe', status: '200' })).toBe(1);
  });

  it('times export, staging, planning and commit, and counts their objects', async () => {
    const org = (await createOrganization(registry.admin)).uuid;
    const type = (await createObjectType(registry.admin, { organization: org })).uuid;
    const asset = (await createAsset(registry.admin, type, { organization: org })).uuid;
    const exported = await exportArchive(registry.admin, { objects: [asset] });
    const staged = await stage(registry.admin, await exportToFile(registry.admin, { objects: [asset] }));
    await preview(registry.admin, staged.id, { options: { keepLifecycleState: true } });
    await commit(registry.admin, { stagedImportId: staged.id });
    const { text } = await scrape(registry);
    expect(sample(text, 'registry_export_duration_seconds_count', { outcome: 'ok' })).toBe(2);
    expect(sample(text, 'registry_exported_objects_total')).toBe(2 * exported.objectCount);
    expect(sample(text, 'registry_staging_duration_seconds_count', { outcome: 'ok' })).toBe(1);
    expect(sample(text, 'registry_staged_objects_total')).toBe(staged.objectCount);
    expect(sample(text, 'registry_planning_duration_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'registry_plan_store_lookups_total', { result: 'miss' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'registry_commit_duration_seconds_count', { outcome: 'ok' })).toBe(1);
    expect(sample(text, 'registry_committed_objects_total', { action: 'ignored' })).toBe(staged.objectCount);
    expect(sample(text, 'registry_commits_running')).toBe(0);
  });

  it('counts a preview read from the plan store as a hit', async () => {
    const org = (await createOrganization(registry.admin)).uuid;
    const type = (await createObjectType(registry.admin, { organization: org })).uuid;
    const asset = (await createAsset(registry.admin, type, { organization: org })).uuid;
    const staged = await stage(registry.admin, await exportToFile(registry.admin, { objects: [asset] }));
    const hitsBefore = sample((await scrape(registry)).text, 'registry_plan_store_lookups_total', { result: 'hit' }) ?? 0;
    const options = { keepLifecycleState: true, keepCurrentOwner: true };
    await preview(registry.admin, staged.id, { options });
    await preview(registry.admin, staged.id, { options });
    expect(sample((await scrape(registry)).text, 'registry_plan_store_lookups_total', { result: 'hit' })).toBeGreaterThan(hitsBefore);
  });
});
