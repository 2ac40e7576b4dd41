import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AppServices } from '../../app/appServices.js';
import type { AccessControl } from '../../auth/accessControl.js';
import type { Principal } from '../../auth/principal.js';
import { writerTransaction } from '../../db/writerTransaction.js';
import { ImportOutcomeEntity } from '../../entities/index.js';
import { commitImport } from '../../import/commit/commitImport.js';
import { previewDeps, previewPlan } from '../../import/plans/previewPlans.js';
import { discardStagedImport } from '../../import/staging/stagedImports.js';
import { assertSignedByRemote, downloadAndStage, EXPORT_MUTATION, type ExportAnswer } from '../remotePackages.js';
import type { ConnectedRemote } from '../remoteRegistries.js';
import { UUID_CHUNK } from '../../import/planning/existingObjects.js';

/**
 * The import options of a synchronization, on either side: a chosen element replaces the other side's copy
 * even when that copy is newer (a person chose the direction; the planner's other rules still apply).
 */
export const SYNC_IMPORT_OPTIONS = { allowReplace: true };

/** One side's commit of a synchronization: its import record, and the action taken for each element by UUID. */
export interface SideCommit {
  importRecordId: string;
  actions: Map<string, string>;
}

type Step = (phase: string) => Promise<void>;

/**
 * Pulls elements through this registry's normal pipeline: the remote exports them signed (with their
 * references, as the credential's user), this registry downloads and stages the archive as the caller's
 * (kept only if signed by the remote's recorded certificate), plans it with the caller's rights selecting
 * exactly the pulled elements, and commits that plan with its digest (one transaction). A failure discards
 * the staged import and leaves this registry as it was.
 */
export async function pullFromRemote(
  app: AppServices,
  em: SqlEntityManager,
  access: AccessControl,
  principal: Principal,
  { remote, client }: ConnectedRemote,
  uuids: string[],
  step: Step,
): Promise<SideCommit> {
  await step('EXPORTING');
  const exported = (await client.graphql<ExportAnswer>(EXPORT_MUTATION, { input: { objects: uuids, sign: true, includeReferences: true } })).exportArchive;
  await step('TRANSFERRING');
  const staged = await downloadAndStage(app, em, client, principal, exported, async (row) => assertSignedByRemote(remote, row), step);
  try {
    await step('PLANNING');
    const plan = await previewPlan(previewDeps(app, em, access), { stagedImport: staged, options: SYNC_IMPORT_OPTIONS, selection: uuids });
    await step('COMMITTING');
    const record = await commitImport({ app, principal }, { stagedImportId: staged.id, selection: uuids, options: SYNC_IMPORT_OPTIONS, expectedPlanDigest: plan.digest, wait: true });
    return { importRecordId: record.id, actions: await localActions(em, record.id, uuids) };
  } catch (error) {
    await discardStagedImport(em, writerTransaction(app), staged.id, principal).catch(() => undefined);
    throw error;
  }
}

async function localActions(em: SqlEntityManager, importId: string, uuids: string[]): Promise<Map<string, string>> {
  const actions = new Map<string, string>();
  for (let i = 0; i < uuids.length; i += UUID_CHUNK) {
    const rows = await em.find(ImportOutcomeEntity, { importId, uuid: { $in: uuids.slice(i, i + UUID_CHUNK) } }, { fields: ['uuid', 'action'] });
    for (const row of rows) actions.set(row.uuid, row.action);
  }
  return actions;
}
