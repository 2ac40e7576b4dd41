import { readFile } from 'node:fs/promises';
import { CliError } from '../cliError.js';
import { writeLocalFile } from '../localFiles.js';
import type { PlanCounts } from './guard.js';
import type { BlockingProblem } from './readPlan.js';

/** A plan file (schemas/plan-file.schema.json): enough to commit exactly the plan that was reviewed. */
export interface PlanFile {
  formatVersion: 1;
  kind: 'registry-bridge/plan';
  createdAt: string;
  registry: { url: string; uuid: string; name: string };
  stagedImport: { id: string; fileName: string | null; archiveSha256: string; objectCount: number; expiresAt: string };
  options: { allowReplace: boolean; keepCurrentOwner: boolean; importUserGroups: boolean; keepLifecycleState: boolean; trustProvider: boolean };
  selection: string[] | null;
  planDigest: string;
  counts: PlanCounts;
  blocking: BlockingProblem[];
  changes: boolean;
}

/** Writes the plan file. */
export async function writePlanFile(file: string, plan: PlanFile): Promise<void> {
  await writeLocalFile(file, `${JSON.stringify(plan, null, 2)}\n`, 'plan file');
}

/** Reads and validates a plan file; anything but a plan file of this format, unchanged, is refused. */
export async function readPlanFile(file: string): Promise<PlanFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw CliError.unreadableFile('plan file', file, error);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw CliError.planFile(file, `not JSON (${(error as Error).message})`);
  }
  const { validatePlanFile, describeProblems } = await import('../schemas/schemaValidators.js');
  if (!validatePlanFile(json)) throw CliError.planFile(file, describeProblems(validatePlanFile.errors));
  return json as PlanFile;
}
