import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/orm.js';
import { stageArchive } from '../src/import/staging/stageArchive.js';
import { writerTransaction } from '../src/db/writerTransaction.js';
import { createLogger } from '../src/logger.js';
import { collectGarbage, MemorySampler } from './memorySampler.js';

/**
 * Stages one archive in a process of its own and prints its figures as JSON on stdout:
 * `node stagingWorker.js <archive> <dataDir>`. A fresh process, so the peak RSS is staging's and not what
 * earlier bench cases (the floor, writing the archive) left in the heap.
 */
export interface StagingWorkerResult {
  seconds: number;
  objectCount: number;
  problemCount: number;
  trust: string;
  rssBeforeBytes: number;
  peakRssBytes: number;
}

async function main(archivePath: string, dataDir: string): Promise<StagingWorkerResult> {
  const orm = await openDatabase({ databaseUrl: null, dataDir });
  try {
    const config = loadConfig({ REGISTRY_DATA_DIR: dataDir });
    const upload = { filename: 'bench.zip', createReadStream: () => createReadStream(archivePath) };
    collectGarbage();
    const rssBeforeBytes = process.memoryUsage().rss;
    const sampler = new MemorySampler().start(20);
    const started = performance.now();
    const transaction = writerTransaction({ orm, config, logger: createLogger('silent') });
    const staged = await stageArchive({ em: orm.em.fork() as SqlEntityManager, config, transaction }, { upload, password: null, ownerUuid: randomUUID() });
    const seconds = (performance.now() - started) / 1000;
    const peakRssBytes = sampler.stop();
    return { seconds, objectCount: staged.objectCount, problemCount: staged.problemCount, trust: staged.trust, rssBeforeBytes, peakRssBytes };
  } finally {
    await orm.close(true);
  }
}

const [archivePath, dataDir] = process.argv.slice(2);
if (!archivePath || !dataDir) throw new Error('usage: stagingWorker.js <archive> <dataDir>');
process.stdout.write(`${JSON.stringify(await main(archivePath, dataDir))}\n`);
