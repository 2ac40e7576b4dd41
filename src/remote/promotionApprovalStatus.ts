import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AppServices } from '../app/appServices.js';
import type { Principal } from '../auth/principal.js';
import { PromotionRecordEntity, RemoteOperationEntity } from '../entities/index.js';
import { RegistryError } from '../errors/registryError.js';
import type { PromotionResult } from './promotion.js';
import type { PromotionApprovalState } from './promotionApprovalState.js';
import { promotedObjects, recordPromotionTo } from './promotionRecords.js';
import { RemoteErrors } from './remoteErrors.js';
import { findOperation, toOperationView, type RemoteOperationView } from './remoteOperations.js';
import { RemoteRegistries } from './remoteRegistries.js';

const INCOMING_QUERY = `query PromotionApprovalStatus($id: ID!) {
  incomingPromotion(id: $id) { id status decidedBy { uuid name } decidedAt reason importRecordId }
}`;

interface IncomingAnswer {
  id: string;
  status: 'PENDING' | 'COMMITTING' | 'APPROVED' | 'REJECTED';
  decidedBy: { uuid: string; name: string } | null;
  decidedAt: string | null;
  reason: string | null;
  importRecordId: string | null;
}

/**
 * Asks the target where a promotion it holds for approval stands and keeps the answer in the promotion's record
 * (result.approval: PENDING, APPROVED or REJECTED, by whom, when, why). The first time it is APPROVED, this
 * registry records each object's step TO the target, as commitPromotion does for a promotion it commits itself.
 * Only the user who promoted asks (NOT_FOUND otherwise, as for commitPromotion).
 */
export async function refreshPromotionApproval(app: AppServices, principal: Principal, operationId: string): Promise<RemoteOperationView> {
  const em = app.orm.em.fork() as SqlEntityManager;
  const operation = await findOperation(em, operationId);
  if (!operation || operation.kind !== 'PROMOTE' || operation.userUuid !== principal.uuid) throw RegistryError.notFound('Promotion', operationId);
  const previewed = operation.result as PromotionResult | null;
  const approval = previewed?.approval;
  if (!previewed || !approval) {
    throw RegistryError.badInput(`Promotion ${operationId} is not held for approval by its target.`, { remoteOperationId: operationId });
  }
  if (approval.status !== 'PENDING') return toOperationView(operation);
  const remote = await new RemoteRegistries(em).byId(operation.remoteId);
  const { client, identity } = await new RemoteRegistries(em).connect(remote.name);
  const incoming = (await client.graphql<{ incomingPromotion: IncomingAnswer | null }>(INCOMING_QUERY, { id: approval.incomingPromotionId })).incomingPromotion;
  if (!incoming) throw RemoteErrors.badAnswer(client.name, `it no longer knows promotion ${approval.incomingPromotionId}`);
  const now: PromotionApprovalState = {
    ...approval,
    status: incoming.status === 'COMMITTING' ? 'PENDING' : incoming.status,
    decidedBy: incoming.status === 'PENDING' ? null : incoming.decidedBy,
    decidedAt: incoming.status === 'PENDING' ? null : incoming.decidedAt,
    reason: incoming.reason,
    importRecordId: incoming.status === 'APPROVED' ? incoming.importRecordId : null,
    checkedAt: new Date().toISOString(),
  };
  const result: PromotionResult = { ...previewed, approval: now };
  if (now.status === 'APPROVED') {
    result.committed = true;
    result.importRecordId = now.importRecordId;
    await em.transactional(async (tx) => {
      // Recorded once, whoever asks twice at the same time: the trail names the target's import record.
      const recorded = await tx.count(PromotionRecordEntity, { direction: 'TO', importRecordId: now.importRecordId });
      if (!recorded) {
        const objects = await promotedObjects(tx as SqlEntityManager, operationId, previewed);
        await recordPromotionTo(tx as SqlEntityManager, { previewed: { ...previewed, objects }, identity, address: remote.address, user: principal, importRecordId: now.importRecordId });
      }
      await tx.nativeUpdate(RemoteOperationEntity, { id: operationId }, { result });
    });
  } else {
    await em.nativeUpdate(RemoteOperationEntity, { id: operationId }, { result });
  }
  return toOperationView((await findOperation(app.orm.em.fork() as SqlEntityManager, operationId))!);
}
