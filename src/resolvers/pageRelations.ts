import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { GraphQLContext } from '../graphql/context.js';
import type { ObjectView } from './objectView.js';

/** The node fields that show another object, and the column naming it. */
const RELATED_BY_FIELD: Record<string, keyof ObjectView> = {
  owner: 'ownerUuid',
  organization: 'organizationUuid',
  objectType: 'objectTypeUuid',
  previousVersion: 'previousVersionUuid',
  lifecycleModel: 'lifecycleModelUuid',
  lifecycleState: 'lifecycleModelUuid',
};

/**
 * Reads, before a page's fields are resolved, what its nodes' fields will ask for: the objects they name (owners,
 * lifecycle models…) and their references with the targets, through the request's loaders (one statement each,
 * as the field resolvers' batches would have been). Those resolvers then find everything at hand and answer with
 * plain values: GraphQL completes a page of plain values several times faster than one of a promise per node and
 * field, and makes far less garbage. Only what the query selects under `edges { node }` is read.
 */
export async function loadPageRelations(ctx: GraphQLContext, info: GraphQLResolveInfo, nodes: readonly ObjectView[]): Promise<void> {
  if (nodes.length === 0) return;
  const fields = nodeFields(info);
  const related = new Set<string>();
  for (const [field, column] of Object.entries(RELATED_BY_FIELD)) {
    if (!fields.has(field)) continue;
    for (const node of nodes) {
      const uuid = node[column] as string | null;
      if (uuid) related.add(uuid);
    }
  }
  await Promise.all([
    fields.has('references') ? ctx.loaders.referencesFrom.loadMany(nodes.map((n) => n.uuid)) : null,
    related.size ? ctx.loaders.object.loadMany([...related]) : null,
  ]);
}

/** The names of the fields selected on `edges { node { … } }` of the connection, through fragments of every kind. */
function nodeFields(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const edges = info.fieldNodes.flatMap((f) => fieldsNamed(info, f.selectionSet, 'edges'));
  for (const node of edges.flatMap((set) => fieldsNamed(info, set, 'node'))) {
    collect(info, node, (name) => names.add(name));
  }
  return names;
}

function fieldsNamed(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, name: string): SelectionSetNode[] {
  const found: SelectionSetNode[] = [];
  collect(info, set, (fieldName, selectionSet) => {
    if (fieldName === name && selectionSet) found.push(selectionSet);
  });
  return found;
}

/** Calls `visit` with every field of a selection set, looking through inline fragments and fragment spreads. */
function collect(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, visit: (name: string, set: SelectionSetNode | undefined) => void): void {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) visit(selection.name.value, selection.selectionSet);
    else if (selection.kind === Kind.INLINE_FRAGMENT) collect(info, selection.selectionSet, visit);
    else collect(info, info.fragments[selection.name.value]?.selectionSet, visit);
  }
}
