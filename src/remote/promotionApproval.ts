import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { FilterQuery } from '@mikro-orm/core';
import type { AppServices } from '../app/appServices.js';
import type { Manifest } from '../archive/record.js';
import { AccessControl } from '../auth/accessControl.js';
import type { Principal } from '../auth/principal.js';
import { writerTransaction } from '../db/writerTransaction.js';
import { IncomingPromotionEntity, type StagedImportEntity } from '../entities/index.js';
import { RegistryError } from '../errors/registryError.js';
import { commitImport } from '../import/commit/commitImport.js';
import { type PreviewPlan, previewDeps, previewPlan } from '../import/plans/previewPlans.js';
import { deleteStagedImports, loadStagedImport } from '../import/staging/stagedImports.js';
import { PROMOTION_OPTIONS } from './promotionOptions.js';
import { reopenApproval } from './promotionHolds.js';

export type IncomingPromotionStatus = 'PENDING' | 'COMMITTING' | 'APPROVED' | 'REJECTED';

/** The largest page of incoming promotions one call lists. */
export const MAX_INCOMING_PAGE = 200;

/**
 * The target's side of approval mode (REQUIRE_PROMOTION_APPROVAL): a source that staged and previewed a
 * promotion here submits it (holdPromotion) instead of committing it; it waits, listed, until one of this
 * registry's own users commits it as themselves (approvePromotion: their preview's digest, their rights) or
 * rejects it (the staged import is discarded). The source's credential user never commits a held promotion.
 */
export async function holdPromotion(app: AppServices, principal: Principal, input: { stagedImportId: string; stage: string | null }): Promise<IncomingPromotionEntity> {
  const em = app.orm.em.fork() as SqlEntityManager;
  if (!app.config.requirePromotionApproval) {
    throw RegistryError.badInput('This registry does not hold promotions for approval (REQUIRE_PROMOTION_APPROVAL is off): commit the staged import.');
  }
  const staged = await loadStagedImport(em, input.stagedImportId, principal);
  const held = await em.findOne(IncomingPromotionEntity, { stagedImportId: staged.id });
  if (held) return held;
  const plan = await planAs(app, em, principal, staged);
  const manifest = staged.manifest as unknown as Manifest;
  const row = em.create(IncomingPromotionEntity, {
    id: randomUUID(),
    status: 'PENDING',
    stagedImportId: staged.id,
    stageUuid: input.stage,
    sourceRegistryUuid: manifest.registry.uuid,
    sourceRegistryName: manifest.registry.name,
    sourceRegistryAddress: manifest.registry.address ?? null,
    exportedByUuid: manifest.exportedBy.uuid,
    exportedByName: manifest.exportedBy.name,
    requestedByUuid: principal.uuid,
    requestedByName: principal.name,
    requestedAt: new Date(),
    archiveSha256: staged.archiveSha256,
    objectCount: staged.objectCount,
    counts: countsOf(plan),
    planDigest: plan.digest,
  });
  await em.flush();
  app.logger.info({ event: 'promotion.held', incomingPromotion: row.id, stagedImportId: staged.id, user: principal.uuid }, 'promotion held for approval');
  return row;
}

/** Incoming promotions, newest first, optionally of one status. Any signed-in user of this registry may list them. */
/**
 * A page of held promotions, newest first (ties by id); `after`, the last promotion of the page before, continues
 * past it, so a client walks them all however many arrive meanwhile (keyset, not offset: a new one does not shift
 * the pages). BAD_USER_INPUT when `after` names no promotion.
 */
export async function listIncomingPromotions(
  em: SqlEntityManager,
  status: IncomingPromotionStatus | null,
  first: number,
  after: string | null = null,
): Promise<IncomingPromotionEntity[]> {
  if (first < 1 || first > MAX_INCOMING_PAGE) throw RegistryError.badInput(`first must be between 1 and ${MAX_INCOMING_PAGE}.`);
  const where: FilterQuery<IncomingPromotionEntity> = status ? { status } : {};
  if (after !== null) {
    const last = await em.findOne(IncomingPromotionEntity, { id: after }, { fields: ['id', 'requestedAt'] });
    if (!last) throw RegistryError.badInput(`after names no promotion submitted here: ${after}.`, { after });
    where.$or = [{ requestedAt: { $lt: last.requestedAt } }, { requestedAt: last.requestedAt, id: { $gt: last.id } }];
  }
  return em.find(IncomingPromotionEntity, where, { orderBy: { requestedAt: 'desc', id: 'asc' }, limit: first });
}

export async function findIncomingPromotion(em: SqlEntityManager, id: string): Promise<IncomingPromotionEntity | null> {
  return em.findOne(IncomingPromotionEntity, { id });
}

/** The held promotion's plan as `principal` would commit it (their rights, the promotion's options). */
export async function previewIncomingPromotion(app: AppServices, em: SqlEntityManager, principal: Principal, row: IncomingPromotionEntity): Promise<PreviewPlan | null> {
  if (row.status !== 'PENDING') return null;
  const staged = await loadStagedImport(em, row.stagedImportId, { uuid: row.requestedByUuid }).catch(() => null);
  return staged ? planAs(app, em, principal, staged) : null;
}

/**
 * Commits a held promotion as `principal`, one of this registry's users other than the one who submitted it, who
 * has the rights to import every object it brings (their plan denies none for want of rights: FORBIDDEN
 * otherwise, nothing written). `expectedPlanDigest` is the digest of the approver's own preview (the preview
 * field): the commit refuses any other plan (PLAN_STALE). The import runs as the approver's, with the promotion's
 * record of where the objects came from; the held promotion is APPROVED in the same transaction.
 */
export async function approvePromotion(
  app: AppServices,
  principal: Principal,
  input: { id: string; expectedPlanDigest: string; wait: boolean },
): Promise<IncomingPromotionEntity> {
  const em = app.orm.em.fork() as SqlEntityManager;
  const row = await decidable(em, principal, input.id, 'approve');
  const staged = await loadStagedImport(em, row.stagedImportId, { uuid: row.requestedByUuid });
  await assertMayImport(app, em, principal, staged, row, 'approve');
  await claim(em, row, { status: 'COMMITTING', decidedByUuid: principal.uuid, decidedByName: principal.name, decidedAt: new Date() });
  try {
    const record = await commitImport(
      { app, principal },
      {
        stagedImportId: staged.id,
        stagedImportOwner: row.requestedByUuid,
        options: PROMOTION_OPTIONS,
        expectedPlanDigest: input.expectedPlanDigest,
        promotion: { stage: row.stageUuid, approvalId: row.id },
        wait: input.wait,
      },
    );
    // Not once it failed meanwhile (reopened by the commit's failure path) or succeeded (APPROVED with its record).
    await em.nativeUpdate(IncomingPromotionEntity, { id: row.id, status: 'COMMITTING', importRecordId: null }, { importRecordId: record.id });
  } catch (error) {
    await reopenApproval(em, row.id);
    throw error;
  }
  app.logger.info({ event: 'promotion.approved', incomingPromotion: row.id, user: principal.uuid }, 'promotion approved');
  return (await findIncomingPromotion(app.orm.em.fork() as SqlEntityManager, row.id))!;
}

/** Rejects a held promotion (same standing as approving it): nothing is imported and its staged import is discarded. */
export async function rejectPromotion(app: AppServices, principal: Principal, input: { id: string; reason: string | null }): Promise<IncomingPromotionEntity> {
  const em = app.orm.em.fork() as SqlEntityManager;
  const row = await decidable(em, principal, input.id, 'reject');
  const staged = await loadStagedImport(em, row.stagedImportId, { uuid: row.requestedByUuid }).catch(() => null);
  if (staged) await assertMayImport(app, em, principal, staged, row, 'reject');
  await claim(em, row, { status: 'REJECTED', decidedByUuid: principal.uuid, decidedByName: principal.name, decidedAt: new Date(), reason: input.reason });
  app.importPlans.memory.forget(row.stagedImportId);
  try {
    await deleteStagedImports(writerTransaction(app), [row.stagedImportId]);
  } catch (err) {
    app.logger.warn({ err, stagedImportId: row.stagedImportId }, 'rejected promotion’s staged import not deleted; it will expire');
  }
  app.logger.info({ event: 'promotion.rejected', incomingPromotion: row.id, user: principal.uuid }, 'promotion rejected');
  return (await findIncomingPromotion(app.orm.em.fork() as SqlEntityManager, row.id))!;
}

async function decidable(em: SqlEntityManager, principal: Principal, id: string, action: string): Promise<IncomingPromotionEntity> {
  const row = await findIncomingPromotion(em, id);
  if (!row) throw RegistryError.notFound('Incoming promotion', id);
  if (row.status !== 'PENDING') throw RegistryError.conflict(`Incoming promotion ${id} is ${row.status}, not PENDING.`, { incomingPromotionId: id, status: row.status });
  if (row.requestedByUuid === principal.uuid) {
    throw new RegistryError('FORBIDDEN', `You submitted promotion ${id}: one of this registry’s other users must ${action} it.`, { incomingPromotionId: id });
  }
  return row;
}

/** Approving or rejecting takes the rights to import what it brings: the caller's plan denies no object for want of them. */
async function assertMayImport(app: AppServices, em: SqlEntityManager, principal: Principal, staged: StagedImportEntity, row: IncomingPromotionEntity, action: string): Promise<void> {
  const plan = await planAs(app, em, principal, staged);
  const denied = plan.breakdown.byReason.filter((r) => r.code === 'PERMISSION_DENIED').reduce((n, r) => n + r.count, 0);
  if (denied > 0) {
    throw new RegistryError('FORBIDDEN', `You may not import ${denied} of the objects of promotion ${row.id}, so you may not ${action} it.`, {
      incomingPromotionId: row.id,
      deniedObjects: denied,
    });
  }
}

/** Moves a PENDING row on, once: a second approver (or a reject meanwhile) finds it taken (CONFLICT). */
async function claim(em: SqlEntityManager, row: IncomingPromotionEntity, changes: Partial<IncomingPromotionEntity>): Promise<void> {
  const moved = await em.nativeUpdate(IncomingPromotionEntity, { id: row.id, status: 'PENDING' }, changes);
  if (moved !== 1) throw RegistryError.conflict(`Incoming promotion ${row.id} was decided meanwhile.`, { incomingPromotionId: row.id });
}

function planAs(app: AppServices, em: SqlEntityManager, principal: Principal, stagedImport: StagedImportEntity): Promise<PreviewPlan> {
  return (async () => {
    const access = await new AccessControl(em, principal).ready();
    return previewPlan(previewDeps(app, em, access), { stagedImport, options: PROMOTION_OPTIONS });
  })();
}

function countsOf(plan: PreviewPlan): Record<string, number> {
  return { ...plan.counts };
}
