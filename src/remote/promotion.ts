import type { ActionCounts } from '../import/planner/actionCounts.js';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AppServices } from '../app/appServices.js';
import { AccessControl } from '../auth/accessControl.js';
import type { Principal } from '../auth/principal.js';
import { PromotionRecordEntity, RemoteOperationEntity } from '../entities/index.js';
import { RegistryError } from '../errors/registryError.js';
import { ExportService } from '../export/exportService.js';
import { pendingApproval, type PromotionApprovalState } from './promotionApprovalState.js';
import { approvalRequired } from './promotionHolds.js';
import { PROMOTION_OPTIONS } from './promotionOptions.js';
import { checkPromotionPath } from './promotionPath.js';
import { exportWhileStaging } from './promotionTransfer.js';
import { commitOnRemote, discardOnRemote, previewOnRemote, stageOnRemote } from './remoteImport.js';
import { promotedObjects, recordPromotionTo } from './promotionRecords.js';
import { findOperation, runRemoteOperation, type RemoteOperationView } from './remoteOperations.js';
import { RemoteRegistries } from './remoteRegistries.js';

export { PROMOTION_OPTIONS };

export const PROMOTE_PHASES = ['CONNECTING', 'EXPORTING', 'UPLOADING', 'PREVIEWING'] as const;
export const COMMIT_PROMOTION_PHASES = ['CONNECTING', 'COMMITTING', 'RECORDING'] as const;

export interface PromotionResult extends Record<string, unknown> {
  stage: string;
  /**
   * The promoted objects' UUIDs are not kept here (a promotion may name 100k): the export's record lists them
   * (its manifest's options.objects), read when the commit records the trail (promotedObjects). Results
   * recorded before kept them in `objects`.
   */
  exportedArchiveId: string;
  objects?: string[];
  archiveSha256: string;
  objectCount: number;
  targetStagedImportId: string;
  planDigest: string;
  counts: ActionCounts;
  blocking: { code: string; message: string }[];
  committed: boolean;
  /** Set when the target requires approval: the promotion waits there for one of its users (promotionApprovalStatus.ts). */
  approval?: PromotionApprovalState;
}

/** The upload's file name on the target (display only); the archive's id is not known until it is written. */
const PROMOTION_ARCHIVE_NAME = 'promotion.zip';

const APPROVAL_QUERY = `query PromotionApprovalRequired { promotionApprovalRequired }`;
const HOLD_MUTATION = `mutation PromotionHold($input: HoldPromotionInput!) { holdPromotion(input: $input) { id status } }`;

/**
 * Promotes objects to a lifecycle stage: checks the path before anything moves (checkPromotionPath), then, as a
 * remote operation, exports them here signed (with the caller's rights: they must be allowed to export them),
 * stages the archive on the registry at the stage's address (as the remote credential's user) and previews it
 * there. The result carries the target's plan digest and counts; commitPromotion commits exactly that plan.
 */
export async function promoteObjects(
  app: AppServices,
  principal: Principal,
  input: { objects: readonly string[]; stage: string; wait: boolean },
): Promise<RemoteOperationView> {
  const em = app.orm.em.fork() as SqlEntityManager;
  const target = await checkPromotionPath(em, new AccessControl(em, principal), input.objects, input.stage);
  const objects = [...new Set(input.objects)];
  return runRemoteOperation<PromotionResult>(app, {
    kind: 'PROMOTE',
    remoteId: target.remote.id,
    principal,
    phases: PROMOTE_PHASES,
    wait: input.wait,
    work: async (progress) => {
      const work = app.orm.em.fork() as SqlEntityManager;
      const { client } = await new RemoteRegistries(work).connect(target.remote.name);
      const { promotionApprovalRequired } = await client.graphql<{ promotionApprovalRequired: boolean }>(APPROVAL_QUERY);
      // The archive streams into the upload as it is written (promotionTransfer.ts): EXPORTING while it is written
      // and sent, UPLOADING while the target finishes staging it. The target plans the promotion's options ahead,
      // as staging ends: the preview then reads (or joins) that plan.
      await progress('EXPORTING');
      const exportService = new ExportService(work, new AccessControl(work, principal), app);
      const { exported, staged } = await exportWhileStaging(
        async (copyTo) => {
          const archive = await exportService.exportArchive({ objects, includeReferences: true, sign: true }, copyTo);
          await progress('UPLOADING');
          return archive;
        },
        (archive) => stageOnRemote(client, archive, PROMOTION_ARCHIVE_NAME, PROMOTION_OPTIONS),
        (staged) => discardOnRemote(client, staged.id),
      );
      await progress('PREVIEWING');
      try {
        const summary = await previewOnRemote(client, staged.id, PROMOTION_OPTIONS, null);
        const held = promotionApprovalRequired
          ? (await client.graphql<{ holdPromotion: { id: string; status: string } }>(HOLD_MUTATION, { input: { stagedImportId: staged.id, stage: target.stage.uuid } })).holdPromotion
          : null;
        return {
          stage: target.stage.uuid,
          exportedArchiveId: exported.id,
          archiveSha256: exported.sha256,
          objectCount: exported.objectCount,
          targetStagedImportId: staged.id,
          planDigest: summary.planDigest,
          counts: summary.counts,
          blocking: summary.blocking,
          committed: false,
          ...(held ? { approval: pendingApproval(held.id) } : {}),
        };
      } catch (error) {
        await discardOnRemote(client, staged.id);
        throw error;
      }
    },
  });
}

/**
 * Commits a promotion the caller previewed: the target commits its staged import with the previewed plan digest
 * (PLAN_STALE there if the target changed since, with nothing written), keeping the promotion's record on its
 * side; then this registry records, for each promoted object, where it went, when, by whom and the archive's
 * SHA-256.
 */
export async function commitPromotion(app: AppServices, principal: Principal, operationId: string, wait: boolean): Promise<RemoteOperationView> {
  const em = app.orm.em.fork() as SqlEntityManager;
  const promotion = await findOperation(em, operationId);
  if (!promotion || promotion.kind !== 'PROMOTE' || promotion.userUuid !== principal.uuid) throw RegistryError.notFound('Promotion', operationId);
  const previewed = promotion.result as PromotionResult | null;
  if (promotion.status !== 'SUCCEEDED' || !previewed) {
    throw RegistryError.badInput(`Promotion ${operationId} has no preview to commit (it is ${promotion.status}).`, { remoteOperationId: operationId });
  }
  if (previewed.committed) throw RegistryError.conflict(`Promotion ${operationId} was committed already.`, { remoteOperationId: operationId });
  if (previewed.approval) {
    throw approvalRequired(`The target holds promotion ${operationId} for approval (${previewed.approval.status}): one of its own users commits it there; refreshPromotionApproval shows the outcome.`, {
      remoteOperationId: operationId,
      incomingPromotionId: previewed.approval.incomingPromotionId,
    });
  }
  const remote = await new RemoteRegistries(em).byId(promotion.remoteId);
  // Read before anything is committed on the target: without them the trail could not be recorded here.
  const objects = await promotedObjects(em, operationId, previewed);
  return runRemoteOperation(app, {
    kind: 'COMMIT_PROMOTION',
    remoteId: promotion.remoteId,
    principal,
    phases: COMMIT_PROMOTION_PHASES,
    wait,
    work: async (progress) => {
      const work = app.orm.em.fork() as SqlEntityManager;
      const { client, identity } = await new RemoteRegistries(work).connect(remote.name);
      await progress('COMMITTING');
      const record = await commitOnRemote(client, {
        stagedImportId: previewed.targetStagedImportId,
        expectedPlanDigest: previewed.planDigest,
        options: PROMOTION_OPTIONS,
        promotion: { stage: previewed.stage },
      });
      await progress('RECORDING');
      // One transaction: the trail and the committed mark land together (and 100k rows do not commit one page at a time).
      await work.transactional(async (tx) => {
        await recordPromotionTo(tx as SqlEntityManager, { previewed: { ...previewed, objects }, identity, address: remote.address, user: principal, importRecordId: record.id });
        await tx.nativeUpdate(RemoteOperationEntity, { id: operationId }, { result: { ...previewed, committed: true, importRecordId: record.id } });
      });
      return { promotion: operationId, importRecordId: record.id, counts: record.counts, stage: previewed.stage };
    },
  });
}

/** An object's promotion trail on this registry, oldest first. */
export function promotionTrail(em: SqlEntityManager, objectUuid: string): Promise<PromotionRecordEntity[]> {
  return em.find(PromotionRecordEntity, { objectUuid }, { orderBy: { at: 'asc', id: 'asc' } });
}
