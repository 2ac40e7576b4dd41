import { stat, utimes, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { ExportedArchiveEntity } from '../../src/entities/index.js';
import { archivePath } from '../../src/export/exportedArchives.js';
import { purgeExpiredExports } from '../../src/export/exportSweeper.js';
import { graphql } from '../generated/gql.js';
import { databases } from '../support/databases.js';
import { fetchArchive } from '../support/exportBuilders.js';
import { createOrganization, createUser } from '../support/registryBuilders.js';
import { suiteRegistry } from '../support/testRegistry.js';

const ExportWithExpiry = graphql(`
  mutation RetentionExport($input: ExportArchiveInput!) {
    exportArchive(input: $input) { id createdAt expiresAt downloadUrl }
  }
`);

const ExportedArchives = graphql(`
  query RetentionList { exportedArchives { id expiresAt downloadUrl } }
`);

const DAY_MS = 24 * 3600 * 1000;

/*
 * Exported archives are kept for EXPORT_TTL_SECONDS: downloadable until they expire, then removed with their
 * record by the export sweeper, so the data directory does not grow with every export ever made.
 */
describe.each(databases)('exported archive retention on $name', ({ create }) => {
  const registry = suiteRegistry(create);
  let organization: string;

  beforeAll(async () => {
    organization = (await createOrganization(registry.admin)).uuid;
  });

  const exportOne = async () => (await registry.admin.data(ExportWithExpiry, { input: { objects: [organization] } })).exportArchive;
  const em = () => registry.running.app.orm.em.fork() as SqlEntityManager;
  const config = () => registry.running.app.config;
  const exists = (path: string) => stat(path).then(() => true, () => false);

  it('tells when an archive expires: EXPORT_TTL_SECONDS (a week by default) after its creation', async () => {
    const archive = await exportOne();
    expect(new Date(archive.expiresAt).getTime() - new Date(archive.createdAt).getTime()).toBe(7 * DAY_MS);
    expect((await fetchArchive(registry.admin, archive.downloadUrl)).status).toBe(200);
  });

  it("lists the caller's archives that can still be downloaded, newest first, and nobody else's", async () => {
    const older = await exportOne();
    const newer = await exportOne();
    const listed = (await registry.admin.data(ExportedArchives, {})).exportedArchives;
    expect(listed.map((a) => a.id).slice(0, 2)).toEqual([newer.id, older.id]);
    expect(listed[0]).toMatchObject({ downloadUrl: newer.downloadUrl, expiresAt: newer.expiresAt });
    const other = await createUser(registry, { roles: [] });
    expect((await other.client.data(ExportedArchives, {})).exportedArchives).toEqual([]);
  });

  it('removes expired archives, record and file, and keeps the others', async () => {
    const archive = await exportOne();
    const later = new Date(new Date(archive.expiresAt).getTime() + 1000);
    const earlier = new Date(new Date(archive.expiresAt).getTime() - 1000);
    // Earlier tests' archives may be a second older and go here: only this one's survival is certain.
    await purgeExpiredExports(em(), config(), earlier);
    expect(await exists(archivePath(config().dataDir, archive.id))).toBe(true);
    expect(await em().findOne(ExportedArchiveEntity, { id: archive.id })).not.toBeNull();
    const purged = await purgeExpiredExports(em(), config(), later);
    expect(purged.archives).toBeGreaterThanOrEqual(1); // this one, and the previous test's
    expect(await exists(archivePath(config().dataDir, archive.id))).toBe(false);
    expect(await em().findOne(ExportedArchiveEntity, { id: archive.id })).toBeNull();
  });

  it('removes an old archive file that has no record (an export cut short), not a recent one', async () => {
    const stray = archivePath(config().dataDir, randomUUID());
    const recent = archivePath(config().dataDir, randomUUID());
    await Promise.all([writeFile(stray, 'partial'), writeFile(recent, 'partial')]);
    const eightDaysAgo = new Date(Date.now() - 8 * DAY_MS);
    await utimes(stray, eightDaysAgo, eightDaysAgo);
    expect(await purgeExpiredExports(em(), config())).toEqual({ archives: 0, files: 1 });
    expect([await exists(stray), await exists(recent)]).toEqual([false, true]);
  });

  it('answers 404 for an expired archive, from the moment it expires', async () => {
    const archive = await exportOne();
    // The clock is the test process's own: the registry under test runs in it.
    vi.useFakeTimers({ toFake: ['Date'] });
    onTestFinished(() => void vi.useRealTimers());
    vi.setSystemTime(new Date(archive.expiresAt).getTime() - 1);
    expect((await fetchArchive(registry.admin, archive.downloadUrl)).status).toBe(200);
    vi.setSystemTime(new Date(archive.expiresAt));
    const res = await fetchArchive(registry.admin, archive.downloadUrl);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });
});
