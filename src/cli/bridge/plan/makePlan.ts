import { CliError } from '../cliError.js';
import type { CommandContext } from '../commandAction.js';
import type { RegistryClient } from '../connection/registryClient.js';
import { stageFile, type StagedImport } from '../imports/stageFile.js';
import { RegistryIdentity } from '../operations/registryOperations.js';
import { StagedImportById } from '../operations/stagingOperations.js';
import { hasChanges, type PlanAction } from './guard.js';
import type { PlanFile } from './planFile.js';
import { planOptions, planSelection, type PlanFlags } from './planFlags.js';
import { readPlan, type PlanRead } from './readPlan.js';

/** What to plan: an archive file to stage first, or a staged import. */
export interface PlanSource {
  file?: string;
  stagedImportId?: string;
  passwordFile?: string;
}

export interface MadePlan {
  registry: PlanFile['registry'];
  staged: StagedImport;
  read: PlanRead;
  /** The plan as a plan file holds it (and as --json shows it under "plan"). */
  plan: PlanFile;
}

/** Stages the archive (or finds the staged import), then reads what the registry would do with it. */
export async function makePlan(
  ctx: CommandContext,
  client: RegistryClient,
  source: PlanSource,
  flags: PlanFlags,
  listing: { show: PlanAction[]; limit: number },
): Promise<MadePlan> {
  const { registry } = await client.request(RegistryIdentity, {});
  const staged = source.file ? await stageFile(ctx, client, source.file, source.passwordFile) : await findStaged(client, source.stagedImportId!);
  const options = planOptions(flags);
  const selection = planSelection(flags);
  const planning = ctx.progress.waiting('Planning');
  let read: PlanRead;
  try {
    read = await readPlan(client, { stagedImportId: staged.id, options, selection, ...listing });
  } finally {
    planning.stop();
  }
  const registryDoc = { url: client.url, uuid: registry.uuid, name: registry.name };
  const plan: PlanFile = {
    formatVersion: 1,
    kind: 'registry-bridge/plan',
    createdAt: new Date().toISOString(),
    registry: registryDoc,
    stagedImport: { id: staged.id, fileName: staged.fileName ?? null, archiveSha256: staged.archiveSha256, objectCount: staged.objectCount, expiresAt: staged.expiresAt },
    options,
    selection,
    planDigest: read.planDigest,
    counts: pick(read.counts),
    blocking: read.blocking.map((b) => ({ code: b.code, severity: b.severity, message: b.message, uuids: b.uuids })),
    changes: hasChanges(read.counts),
  };
  return { registry: registryDoc, staged, read, plan };
}

async function findStaged(client: RegistryClient, id: string): Promise<StagedImport> {
  const { stagedImport } = await client.request(StagedImportById, { id });
  if (!stagedImport) throw CliError.stagedImportGone(id);
  return stagedImport;
}

function pick(c: PlanRead['counts']): PlanFile['counts'] {
  return { create: c.create, replace: c.replace, ignore: c.ignore, reject: c.reject, skip: c.skip };
}
