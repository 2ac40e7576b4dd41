import type { SqlEntityManager } from '@mikro-orm/knex';
import { AccessControl } from '../src/auth/accessControl.js';
import { ExportService } from '../src/export/exportService.js';
import { createLogger } from '../src/logger.js';
import type { BenchCase } from './benchCase.js';
import { runChildTask } from './childTask.js';
import { collectGarbage, MemorySampler, MIB } from './memorySampler.js';
import { openSeededRegistry, type SeededAssets } from './seedRegistry.js';

/** Targets from issue 3: export takes at most twice the floor and stays under 512 MiB. */
const MAX_FLOOR_RATIO = 2;
const MAX_PEAK_RSS_MIB = 512;

export const exportCase: BenchCase = {
  name: 'export',
  description: 'exportArchive of a whole organization of assets with their references (closure on), signed, into a zip',
  async run(ctx) {
    const floor = await ctx.floorSeconds();
    ctx.log(`seeding ${ctx.objects} assets and ${ctx.objects * ctx.referencesPerObject} references (in a child process)`);
    const { workDir, objects, referencesPerObject, attributeBytes } = ctx;
    const seeded = await runChildTask<SeededAssets>('seed-assets', { workDir, objects, referencesPerObject, attributeBytes });
    ctx.log(`seeded in ${seeded.seedSeconds.toFixed(2)} s; exporting`);
    const registry = await openSeededRegistry(seeded.dataDir);
    try {
      const em = registry.orm.em.fork() as SqlEntityManager;
      const app = { config: registry.config, registry: registry.identity, logger: createLogger('silent') };
      const service = new ExportService(em, new AccessControl(em, registry.administrator), app);
      collectGarbage();
      const baseline = process.memoryUsage().rss;
      const sampler = new MemorySampler().start(50);
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      const result = await service.exportArchive({ organization: seeded.organizationUuid });
      const seconds = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuBefore);
      const peak = sampler.stop();
      return [
        { label: 'export: seconds', value: seconds, unit: 's' },
        // CPU time of every thread (zlib and SQLite work in the thread pool): less sensitive to a busy machine.
        { label: 'export: CPU seconds (all threads)', value: (cpu.user + cpu.system) / 1e6, unit: 's' },
        { label: 'export: objects written', value: result.objectCount, unit: 'objects' },
        { label: 'export: objects per second', value: result.objectCount / seconds, unit: 'objects/s' },
        { label: 'export: archive size', value: result.size / MIB, unit: 'MiB' },
        { label: 'export: RSS before', value: baseline / MIB, unit: 'MiB' },
        { label: 'export: peak RSS', value: peak / MIB, unit: 'MiB', max: MAX_PEAK_RSS_MIB },
        { label: 'export: floor (same run)', value: floor, unit: 's' },
        { label: 'export: ratio to floor', value: seconds / floor, unit: '×', max: MAX_FLOOR_RATIO },
      ];
    } finally {
      await registry.close();
    }
  },
};
