import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { writeArchive, type WrittenArchive } from '../src/archive/archiveWriter.js';
import type { ArchiveRecord } from '../src/archive/record.js';
import type { KeyPairCertificate } from '../src/crypto/certificates.js';
import { openDatabase } from '../src/db/orm.js';
import { ObjectKind } from '../src/domain/objectKind.js';
import { ServerKeyring } from '../src/keys/serverKeyring.js';
import type { BenchCase, BenchContext } from './benchCase.js';
import { attributePool, BENCH_ATTRIBUTE_DEFINITIONS } from './benchContent.js';
import { MIB } from './memorySampler.js';
import type { StagingWorkerResult } from './stagingWorker.js';
import { objectUuids, REFERENCE_NAMES, referenceTargets, seededRandom } from './syntheticObjects.js';

/** Targets from issue 4: staging takes at most twice the floor and stays under 512 MiB, however large. */
const MAX_FLOOR_RATIO = 2;
const MAX_PEAK_RSS_MIB = 512;
const EPOCH = Date.parse('2026-01-01T00:00:00.000Z');

/**
 * Stages a signed archive of `ctx.objects` objects (an organization, an object type and assets with ~1 KiB
 * attributes and `referencesPerObject` references each) through the real pipeline at function level: spool,
 * open within the limits, entry digests, signature and trust, schema validation of every record, and the
 * single-transaction store into SQLite. The archive is written first and not timed; staging runs in a fresh
 * process (stagingWorker.ts) so its peak RSS is its own, not the floor's or the archive writer's.
 */
export const stagingCase: BenchCase = {
  name: 'staging',
  description: 'stageArchive of a signed archive into SQLite: spool, verify, validate and store every record',
  async run(ctx) {
    const floor = await ctx.floorSeconds();
    const dataDir = path.join(ctx.workDir, 'registry');
    const archive = await prepareRegistryAndArchive(ctx, dataDir);
    ctx.log('staging (in a fresh process)');
    const result = await stageInWorker(archive.path, dataDir);
    if (result.objectCount !== ctx.objects) throw new Error(`staged ${result.objectCount} of ${ctx.objects} objects`);
    return [
      { label: 'staging: seconds', value: result.seconds, unit: 's' },
      { label: 'staging: objects staged', value: result.objectCount, unit: 'objects' },
      { label: 'staging: objects per second', value: result.objectCount / result.seconds, unit: 'objects/s' },
      { label: 'staging: archive size', value: archive.size / MIB, unit: 'MiB' },
      { label: 'staging: RSS before', value: result.rssBeforeBytes / MIB, unit: 'MiB' },
      { label: 'staging: peak RSS', value: result.peakRssBytes / MIB, unit: 'MiB', max: MAX_PEAK_RSS_MIB },
      { label: 'staging: ratio to floor', value: result.seconds / floor, unit: '×', max: MAX_FLOOR_RATIO },
    ];
  },
};

/** A registry database with its server key, and the archive signed with that key (so it stages as trusted). */
async function prepareRegistryAndArchive(ctx: BenchContext, dataDir: string): Promise<WrittenArchive> {
  const orm = await openDatabase({ databaseUrl: null, dataDir });
  try {
    const signer = await new ServerKeyring(orm.em.fork() as SqlEntityManager).ensureCurrent('staging bench');
    return await writeBenchArchive(ctx, signer);
  } finally {
    await orm.close(true);
  }
}

async function stageInWorker(archivePath: string, dataDir: string): Promise<StagingWorkerResult> {
  const worker = fileURLToPath(new URL('./stagingWorker.js', import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', worker, archivePath, dataDir], {
    maxBuffer: 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as StagingWorkerResult;
}

/** The archive as an export of the source registry would hold it, signed with the staging registry's key. */
async function writeBenchArchive(ctx: BenchContext, signer: KeyPairCertificate): Promise<WrittenArchive> {
  ctx.log(`writing an archive of ${ctx.objects} objects and ${ctx.objects * ctx.referencesPerObject} references`);
  return writeArchive({
    outputPath: path.join(ctx.workDir, 'staging-bench.zip'),
    records: benchRecords(ctx),
    signer,
    manifest: {
      registry: { uuid: randomUUID(), name: 'Benchmark source', address: 'http://source.bench.test/graphql' },
      exportedBy: { uuid: randomUUID(), name: 'bench' },
      exportedAt: new Date(EPOCH).toISOString(),
      options: { objects: [], package: null, includeReferences: true, includeVersionHistory: false, completeOrganization: null },
      protection: { viewContent: true, rePackageable: true, editable: true },
    },
  });
}

/** An organization, an object type, then the assets; every reference targets another asset of the archive. */
async function* benchRecords(ctx: BenchContext): AsyncGenerator<ArchiveRecord> {
  const at = (i: number) => new Date(EPOCH + i * 1000).toISOString();
  const organization = { uuid: randomUUID(), name: 'Bench' };
  const typeUuid = randomUUID();
  const base = { description: null, owner: null, previousVersion: null, lifecycle: null, references: [] };
  yield { ...base, uuid: organization.uuid, kind: ObjectKind.ORGANIZATION, name: 'Bench', createdAt: at(0), timestamp: at(0), organization: null, version: null, attributes: {}, fields: {} };
  const attributeDefinitions = BENCH_ATTRIBUTE_DEFINITIONS;
  yield { ...base, uuid: typeUuid, kind: ObjectKind.OBJECT_TYPE, name: 'Service', createdAt: at(0), timestamp: at(0), organization, version: null, attributes: {}, fields: { attributeDefinitions } };
  const assets = ctx.objects - 2;
  const uuids = objectUuids(assets);
  const pool = attributePool(ctx.attributeBytes);
  const random = seededRandom(7);
  for (let i = 0; i < assets; i++) {
    const references = referenceTargets(uuids, i, ctx.referencesPerObject, random).map((target, r) => ({ name: REFERENCE_NAMES[r % REFERENCE_NAMES.length]!, target }));
    yield {
      ...base,
      uuid: uuids[i]!,
      kind: ObjectKind.ASSET,
      name: `asset-${String(i).padStart(7, '0')}`,
      createdAt: at(i),
      timestamp: at(i),
      organization,
      version: '1.0',
      attributes: { ...pool[i % pool.length], endpoint: `https://svc-${i}.example.test/api` },
      references,
      fields: { objectType: typeUuid },
    };
  }
}
