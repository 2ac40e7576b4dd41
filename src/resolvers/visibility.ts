import type { GraphQLContext } from '../graphql/context.js';
import { accessOf } from '../graphql/context.js';
import type { ObjectView } from './objectView.js';

/** Loads an object through the request's batch loader and returns it only if the caller may view it. */
export async function loadVisible(ctx: GraphQLContext, uuid: string | null | undefined): Promise<ObjectView | null> {
  if (!uuid) return null;
  const [access, view] = await Promise.all([accessOf(ctx).ready(), ctx.loaders.object.load(uuid)]);
  return view && access.canView(view) ? view : null;
}

export async function loadVisibleMany(ctx: GraphQLContext, uuids: readonly string[]): Promise<ObjectView[]> {
  const views = await Promise.all(uuids.map((u) => loadVisible(ctx, u)));
  return views.filter((v): v is ObjectView => v !== null);
}
