import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { accessOf } from '../graphql/context.js';
import { commitPromotion, promoteObjects, promotionTrail } from '../remote/promotion.js';
import { getRemotePackage, listRemotePackages } from '../remote/remotePackages.js';
import { findOperation, toOperationView, type RemoteOperationView } from '../remote/remoteOperations.js';
import { assertMayConfigureRemotes, RemoteRegistries } from '../remote/remoteRegistries.js';
import { testRemoteRegistry } from '../remote/remoteTest.js';
import { RemoteRegistryEntity, type RemoteRegistryEntity as RemoteRow } from '../entities/index.js';
import { AddRemoteRegistryInput, PromoteObjectsInput, UpdateRemoteRegistryInput } from '../schema/inputs/remoteInputs.js';
import { RegistryObject } from '../schema/types/registryObject.type.js';
import type { PackageSyncResult } from '../schema/types/packageSync.type.js';
import type { ObjectView } from './objectView.js';
import type { PromotionApprovalState } from '../remote/promotionApprovalState.js';
import { refreshPromotionApproval } from '../remote/promotionApprovalStatus.js';
import { type PromotionApproval, PromotionApprovalStatus } from '../schema/types/promotionApproval.type.js';
import { FailedSide, PromotionDirection, PromotionStep, RemoteOperation, RemotePackagePage, RemoteRegistry, RemoteRegistryTest } from '../schema/types/remote.type.js';

/** A remote as administrators see it: never its credential. */
export function toRemoteView(row: RemoteRow): RemoteRegistry {
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    timeoutSeconds: Math.round(row.timeoutMs / 1000),
    caCertificatesConfigured: !!row.caCertificatesPem,
    pinnedCertificateSha256: row.pinnedCertificateSha256,
    registryUuid: row.registryUuid,
    registryName: row.registryName,
    signerFingerprint: row.signerFingerprint,
    identityRecordedAt: row.identityRecordedAt,
    pendingIdentity:
      row.observedRegistryUuid && row.observedSignerFingerprint
        ? { registryUuid: row.observedRegistryUuid, signerFingerprint: row.observedSignerFingerprint }
        : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toOperationResult(view: RemoteOperationView): RemoteOperation {
  const result = view.result ?? {};
  return {
    ...view,
    kind: view.kind as RemoteOperation['kind'],
    status: view.status as RemoteOperation['status'],
    error: view.error ? { ...view.error, side: view.error.side as FailedSide } : null,
    stagedImportId: typeof result.stagedImportId === 'string' ? result.stagedImportId : null,
    planDigest: typeof result.planDigest === 'string' ? result.planDigest : null,
    syncResult: view.kind === 'SYNC_PACKAGE' && view.result ? (view.result as unknown as PackageSyncResult) : null,
    approval: approvalOf(result.approval as PromotionApprovalState | undefined),
  };
}

function approvalOf(state: PromotionApprovalState | undefined): PromotionApproval | null {
  if (!state) return null;
  return {
    ...state,
    status: state.status as PromotionApprovalStatus,
    decidedAt: state.decidedAt ? new Date(state.decidedAt) : null,
    checkedAt: new Date(state.checkedAt),
  };
}

const registries = (ctx: GraphQLContext, action: string) => {
  assertMayConfigureRemotes(accessOf(ctx), action);
  return new RemoteRegistries(ctx.em);
};

/** Remote registries: configuration (administrators), packages on a remote, and remote operations. Thin. */
@Resolver(() => RemoteOperation)
export class RemoteResolver {
  @Query(() => [RemoteRegistry], { description: 'The configured remote registries. Administrators only.' })
  async remoteRegistries(@Ctx() ctx: GraphQLContext): Promise<RemoteRegistry[]> {
    return (await registries(ctx, 'list remote registries').list()).map(toRemoteView);
  }

  @Mutation(() => RemoteRegistry, { description: 'Configures a remote registry. Administrators only.' })
  async addRemoteRegistry(@Arg('input') input: AddRemoteRegistryInput, @Ctx() ctx: GraphQLContext): Promise<RemoteRegistry> {
    return toRemoteView(await registries(ctx, 'add a remote registry').add(input, accessOf(ctx).principal.uuid));
  }

  @Mutation(() => RemoteRegistry, { description: 'Changes a remote registry’s address, credential, TLS settings or timeout. Administrators only.' })
  async updateRemoteRegistry(@Arg('name') name: string, @Arg('input') input: UpdateRemoteRegistryInput, @Ctx() ctx: GraphQLContext): Promise<RemoteRegistry> {
    return toRemoteView(await registries(ctx, 'change a remote registry').update(name, input));
  }

  @Mutation(() => Boolean, { description: 'Removes a remote registry; false when none had the name. Administrators only.' })
  removeRemoteRegistry(@Arg('name') name: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return registries(ctx, 'remove a remote registry').remove(name);
  }

  @Mutation(() => RemoteRegistryTest, {
    description: 'Connects to a remote and reports reachability, identity (recorded on the first connection) and as whom the credential acts. Administrators only.',
  })
  async testRemoteRegistry(@Arg('name') name: string, @Ctx() ctx: GraphQLContext): Promise<RemoteRegistryTest> {
    registries(ctx, 'test a remote registry');
    const report = await testRemoteRegistry(ctx.em, name);
    return { ...report, remote: toRemoteView(report.remote) } as RemoteRegistryTest;
  }

  @Mutation(() => RemoteRegistry, { description: 'Accepts the changed identity a remote showed (REMOTE_IDENTITY_CHANGED). Administrators only.' })
  async acceptRemoteIdentity(@Arg('name') name: string, @Ctx() ctx: GraphQLContext): Promise<RemoteRegistry> {
    return toRemoteView(await registries(ctx, 'accept a remote registry identity').acceptObservedIdentity(name));
  }

  @Query(() => RemotePackagePage, { description: 'The packages a configured remote shows its credential’s user.' })
  remotePackages(
    @Arg('remote') remote: string,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('nameContains', () => String, { nullable: true }) nameContains: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RemotePackagePage> {
    accessOf(ctx);
    return listRemotePackages(ctx.em, remote, first, after, nameContains);
  }

  @Mutation(() => RemoteOperation, {
    description:
      'Has the remote export a package (signed), downloads and stages it here as yours; result.stagedImportId is for the usual preview and commit. Waits for the end unless wait is false.',
  })
  async getRemotePackage(
    @Arg('remote') remote: string,
    @Arg('package', () => ID) packageUuid: string,
    @Arg('wait', { defaultValue: true }) wait: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RemoteOperation> {
    return toOperationResult(await getRemotePackage(ctx.app, accessOf(ctx).principal, remote, packageUuid, wait));
  }

  @Mutation(() => RemoteOperation, {
    description:
      'Promotes objects to a lifecycle stage: refuses (PROMOTION_PATH_NOT_ALLOWED) before anything moves unless each object’s lifecycle state allows the stage; ' +
      'exports them signed (you need to be allowed to export them), stages the archive on the registry at the stage’s address and returns its preview (planDigest, result.counts). ' +
      'Commit it with commitPromotion. Waits for the end unless wait is false.',
  })
  async promoteObjects(@Arg('input') input: PromoteObjectsInput, @Ctx() ctx: GraphQLContext): Promise<RemoteOperation> {
    return toOperationResult(await promoteObjects(ctx.app, accessOf(ctx).principal, input));
  }

  @Mutation(() => RemoteOperation, {
    description:
      'Commits one of your previewed promotions on the target with the previewed plan digest (the remote’s PLAN_STALE if it changed since); both registries record the promotion.',
  })
  async commitPromotion(
    @Arg('operationId', () => ID) operationId: string,
    @Arg('wait', { defaultValue: true }) wait: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RemoteOperation> {
    return toOperationResult(await commitPromotion(ctx.app, accessOf(ctx).principal, operationId, wait));
  }

  @Mutation(() => RemoteOperation, {
    description:
      'Asks the target where one of your promotions it holds for approval stands and keeps the answer in its approval field; once APPROVED, records the promotion trail here as commitPromotion does.',
  })
  async refreshPromotionApproval(@Arg('operationId', () => ID) operationId: string, @Ctx() ctx: GraphQLContext): Promise<RemoteOperation> {
    return toOperationResult(await refreshPromotionApproval(ctx.app, accessOf(ctx).principal, operationId));
  }

  @Query(() => RemoteOperation, { nullable: true, description: 'One remote operation: yours, or anyone’s for administrators. Poll it while it runs.' })
  async remoteOperation(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<RemoteOperation | null> {
    const access = accessOf(ctx);
    const row = await findOperation(ctx.em, id);
    if (!row || (row.userUuid !== access.principal.uuid && !access.isAdministrator)) return null;
    return toOperationResult(toOperationView(row));
  }

  @FieldResolver(() => String, { nullable: true, description: 'The remote’s name (null when it was removed since).' })
  async remoteName(@Root() operation: RemoteOperation, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    return (await ctx.em.findOne(RemoteRegistryEntity, { id: operation.remoteId }, { fields: ['name'] }))?.name ?? null;
  }
}

/** The promotion trail every object shows: the steps this registry recorded, oldest first. */
@Resolver(() => RegistryObject)
export class PromotionTrailResolver {
  @FieldResolver(() => [PromotionStep], { description: 'Where this object was promoted to from here, and where it was promoted from, oldest first.' })
  async promotionTrail(@Root() object: ObjectView, @Ctx() ctx: GraphQLContext): Promise<PromotionStep[]> {
    return (await promotionTrail(ctx.em, object.uuid)).map((r) => ({ ...r, direction: r.direction as PromotionDirection }));
  }
}
