import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AppServices } from '../../app/appServices.js';
import type { AccessControl } from '../../auth/accessControl.js';
import { archivePath } from '../../export/exportedArchives.js';
import { ExportService } from '../../export/exportService.js';
import type { RemoteClient } from '../remoteClient.js';
import { commitOnRemote, discardOnRemote, previewOnRemote, remoteOutcomes, stageOnRemote } from '../remoteImport.js';
import { type SideCommit, SYNC_IMPORT_OPTIONS } from './pullFromRemote.js';

type Step = (phase: string) => Promise<void>;

/**
 * Pushes elements through the remote's pipeline, as promotion does: this registry exports them signed with the
 * caller's rights (the export's rules apply), stages the archive on the remote as the credential's user,
 * previews it there selecting exactly the pushed elements, and commits that plan with its digest (one
 * transaction there; its PLAN_STALE arrives as REMOTE_REFUSED). A failure discards the staged import there.
 */
export async function pushToRemote(app: AppServices, em: SqlEntityManager, access: AccessControl, client: RemoteClient, uuids: string[], step: Step): Promise<SideCommit> {
  await step('EXPORTING');
  const exported = await new ExportService(em, access, app).exportArchive({ objects: uuids, includeReferences: true, sign: true });
  await step('TRANSFERRING');
  const staged = await stageOnRemote(client, archivePath(app.config.dataDir, exported.id), `sync-${exported.id}.zip`);
  let record;
  try {
    await step('PLANNING');
    const summary = await previewOnRemote(client, staged.id, SYNC_IMPORT_OPTIONS, uuids);
    await step('COMMITTING');
    record = await commitOnRemote(client, { stagedImportId: staged.id, selection: uuids, options: SYNC_IMPORT_OPTIONS, expectedPlanDigest: summary.planDigest });
  } catch (error) {
    await discardOnRemote(client, staged.id);
    throw error;
  }
  return { importRecordId: record.id, actions: await remoteOutcomes(client, record.id) };
}
