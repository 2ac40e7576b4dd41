import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { NamedRef, RecordLifecycle } from '../archive/record.js';
import type { GraphQLContext } from '../graphql/context.js';
import { accessOf } from '../graphql/context.js';
import { type ChangeSource, loadChangeSources } from '../import/preview/changeSources.js';
import { type DecisionChanges, decisionChanges, type DecisionFacts, showsChanges, type WrittenLinks } from '../import/preview/decisionChanges.js';
import { FieldChanges } from '../schema/types/fieldChanges.type.js';
import { ImportDecision } from '../schema/types/importPlan.type.js';

/** What the preview hands the `changes` field of a decision (decisionView adds it). */
export interface ChangeFacts extends DecisionFacts {
  uuid: string;
  stagedImportId: string;
  /** Whether the caller may read the staged archive's content (canReadContent of its viewContent). */
  archiveContentReadable: boolean;
}

/**
 * Per request and staged import: the sources of the decisions whose changes a page asks for, loaded together
 * (DataLoader batches the page's fields of one tick), so a page costs a fixed number of statements and a
 * decision no page asks for costs nothing.
 */
const sourceLoaders = new WeakMap<GraphQLContext, Map<string, DataLoader<string, ChangeSource>>>();

function sourceLoader(ctx: GraphQLContext, stagedImportId: string): DataLoader<string, ChangeSource> {
  const loaders = sourceLoaders.get(ctx) ?? new Map<string, DataLoader<string, ChangeSource>>();
  sourceLoaders.set(ctx, loaders);
  let loader = loaders.get(stagedImportId);
  if (!loader) {
    loader = new DataLoader(async (uuids) => {
      const sources = await loadChangeSources(ctx.em, stagedImportId, uuids);
      return uuids.map((u) => sources.get(u)!);
    });
    loaders.set(stagedImportId, loader);
  }
  return loader;
}

@Resolver(() => ImportDecision)
export class DecisionChangesResolver {
  @FieldResolver(() => FieldChanges, {
    nullable: true,
    description:
      "What changes, field by field, between the registry's copy and the archive's: for REPLACE what the import writes (owner and state included), for IGNORE and REJECT the archive's content (no entries when it is identical). Null for CREATE (there is no registry copy) and SKIP (nothing is written), and when the registry's copy is hidden from you. Computed only for the decisions asked for.",
  })
  async changes(@Root() decision: { changeFacts: ChangeFacts }, @Ctx() ctx: GraphQLContext): Promise<DecisionChanges | null> {
    const facts = decision.changeFacts;
    if (!showsChanges(facts)) return null;
    const [access, source] = await Promise.all([accessOf(ctx).ready(), sourceLoader(ctx, facts.stagedImportId).load(facts.uuid)]);
    const viewer = {
      canView: access.canView.bind(access),
      canViewContent: access.canViewContent.bind(access),
      archiveContentReadable: facts.archiveContentReadable,
    };
    const written = facts.outcome && (await writtenLinks(ctx, facts, source));
    const changes = decisionChanges(facts, source, viewer, written);
    if (changes) ctx.app.metrics.previewFieldChanges.inc();
    return changes;
  }
}

/**
 * The owner and state a REPLACE writes, with their names: from either copy when it names the same one, else from
 * the registry (users and lifecycle models are directory objects every signed-in user may read).
 */
async function writtenLinks(ctx: GraphQLContext, facts: ChangeFacts, source: ChangeSource): Promise<WrittenLinks> {
  const outcome = facts.outcome!;
  const copies = [source.staged, source.registry?.record].filter((r) => r != null);
  const owner: NamedRef | null =
    copies.map((r) => r.owner).find((o) => o?.uuid === outcome.ownerUuid) ??
    { uuid: outcome.ownerUuid, name: String((await ctx.loaders.object.load(outcome.ownerUuid))?.name ?? '') };
  const state = outcome.lifecycle;
  if (!state) return { owner, lifecycle: null };
  let lifecycle: RecordLifecycle | undefined = copies.map((r) => r.lifecycle).find((l) => l?.state === state.state) ?? undefined;
  if (!lifecycle) {
    const model = await ctx.loaders.object.load(state.model);
    const states = (model?.states ?? []) as { uuid: string; name: string }[];
    lifecycle = { model: state.model, state: state.state, stateName: states.find((s) => s.uuid === state.state)?.name ?? '', stageAddresses: [] };
  }
  return { owner, lifecycle };
}
