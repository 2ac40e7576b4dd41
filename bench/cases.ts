import type { BenchCase } from './benchCase.js';
import { consoleCase } from './consoleBench.js';
import { explorerCase } from './explorerBench.js';
import { exportCase } from './exportBench.js';
import { importCase } from './importBench.js';
import { promotionCase } from './promotionBench.js';
import { sqliteFloorCase } from './sqliteFloor.js';
import { stagingCase } from './stagingBench.js';

/** Every bench case, in the order a full run takes them. Add staging and import benches here. */
export const benchCases: BenchCase[] = [sqliteFloorCase, exportCase, stagingCase, importCase, promotionCase, consoleCase, explorerCase];
