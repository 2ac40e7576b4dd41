import type { AccessControl } from '../auth/accessControl.js';
import type { GraphQLContext } from '../graphql/context.js';
import { accessOf } from '../graphql/context.js';
import type { ObjectView } from './objectView.js';

/** An object the caller may view (or null), now or later. */
export type VisibleObject = ObjectView | null | Promise<ObjectView | null>;

/**
 * Loads an object through the request's batch loader and returns it only if the caller may view it. An object the
 * request already has, with the caller's grants already read, is answered at once (not in a promise): a page
 * asks this for every owner, state and reference target, and GraphQL completes plain values far more cheaply.
 */
export function loadVisible(ctx: GraphQLContext, uuid: string | null | undefined): VisibleObject {
  if (!uuid) return null;
  const access = accessOf(ctx);
  const known = ctx.loaders.knownObject(uuid);
  if (known !== undefined && access.isReady) return known && access.canView(known) ? known : null;
  return loadVisibleLater(ctx, access, uuid);
}

async function loadVisibleLater(ctx: GraphQLContext, access: AccessControl, uuid: string): Promise<ObjectView | null> {
  const [, view] = await Promise.all([access.ready(), ctx.loaders.object.load(uuid)]);
  return view && access.canView(view) ? view : null;
}

export async function loadVisibleMany(ctx: GraphQLContext, uuids: readonly string[]): Promise<ObjectView[]> {
  const views = await Promise.all(uuids.map((u) => loadVisible(ctx, u)));
  return views.filter((v): v is ObjectView => v !== null);
}
