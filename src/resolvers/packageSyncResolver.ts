import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { accessOf } from '../graphql/context.js';
import { comparePackageWithRemote, synchronizeRemotePackage } from '../remote/sync/packageSync.js';
import { packageSyncManifest } from '../remote/sync/syncManifest.js';
import type { PackageComparison as Comparison } from '../remote/sync/syncTypes.js';
import { SynchronizePackageInput } from '../schema/inputs/remoteInputs.js';
import { PackageComparison, PackageSyncManifest } from '../schema/types/packageSync.type.js';
import { RemoteOperation } from '../schema/types/remote.type.js';
import { toOperationResult } from './remoteResolver.js';

/** The comparison with its per-state counts. */
function comparisonView(comparison: Comparison): PackageComparison {
  const counts = new Map<string, number>();
  for (const e of comparison.elements) counts.set(e.state, (counts.get(e.state) ?? 0) + 1);
  return { ...comparison, counts: [...counts].map(([state, count]) => ({ state: state as PackageComparison['counts'][number]['state'], count })) };
}

/** Package synchronization between registries. Thin: src/remote/sync holds the work. */
@Resolver()
export class PackageSyncResolver {
  @Query(() => PackageSyncManifest, {
    description:
      'A package and every element its closure brings (as its export would), each with its content digest, for a registry synchronizing with this one; ' +
      'plus those of `objects` that exist and you may see. Authorized like exporting the package.',
  })
  packageSyncManifest(
    @Arg('package', () => ID) packageUuid: string,
    @Arg('objects', () => [ID], { nullable: true, description: 'Other objects to describe (at most 50000): the asking registry’s elements.' }) objects: string[] | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PackageSyncManifest> {
    return packageSyncManifest(ctx.em, accessOf(ctx), ctx.app.registry.uuid, packageUuid, objects ?? []);
  }

  @Query(() => PackageComparison, {
    description:
      'Compares a package here with its copy on a configured remote, element by element (the package, its members and their closure on both sides), ' +
      'with a proposed direction for each. Review it, then synchronizeRemotePackage with its comparisonDigest. Administrators only.',
  })
  async compareRemotePackage(@Arg('remote') remote: string, @Arg('package', () => ID) packageUuid: string, @Ctx() ctx: GraphQLContext): Promise<PackageComparison> {
    return comparisonView(await comparePackageWithRemote(ctx.app, accessOf(ctx).principal, remote, packageUuid));
  }

  @Mutation(() => RemoteOperation, {
    description:
      'Carries out the reviewed choices of compareRemotePackage: refuses (SYNC_COMPARISON_STALE) unless the comparison is unchanged; pulls through this registry’s planner and commit, ' +
      'pushes through the remote’s, MERGE writes the union of the member lists; nothing is deleted. syncResult gives each element’s outcome on each side. Administrators only. Waits for the end unless wait is false.',
  })
  async synchronizeRemotePackage(@Arg('input') input: SynchronizePackageInput, @Ctx() ctx: GraphQLContext): Promise<RemoteOperation> {
    return toOperationResult(await synchronizeRemotePackage(ctx.app, accessOf(ctx).principal, input));
  }
}
