import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withReasonCodeTable } from '../import/planner/reasonCodeDocs.js';

/** Writes the reason code table of docs/import.md from the planner; test/planner/reasonCodeDocs.test.ts checks it. */
const target = path.resolve('docs/import.md');
writeFileSync(target, withReasonCodeTable(readFileSync(target, 'utf8')));
console.log(`wrote the reason codes of ${target}`);
