import 'reflect-metadata';
import { measurePostgresFloor } from './postgresFloor.js';
import { seedAssetRegistry } from './seedRegistry.js';
import { measureSqliteFloor } from './sqliteFloor.js';

/*
 * Child-process entry for bench preparation (see childTask.ts): `node benchWorker.js <task> <json args>` prints
 * the task's JSON result as its last line. Add tasks here for new benches.
 */

const tasks: Record<string, (args: never) => Promise<unknown>> = {
  floor: measureSqliteFloor,
  'postgres-floor': measurePostgresFloor,
  'seed-assets': seedAssetRegistry,
};

const [task, args] = process.argv.slice(2);
const run = tasks[task ?? ''];
if (!run) throw new Error(`unknown bench task ${task}; known: ${Object.keys(tasks).join(', ')}`);
console.log(JSON.stringify(await run(JSON.parse(args ?? '{}') as never)));
