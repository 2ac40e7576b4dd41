import type { CliPlanDecisionsQuery, ImportAction, ImportOptionsInput } from '../../generated/graphql.js';
import { CliError } from '../cliError.js';
import type { RegistryClient } from '../connection/registryClient.js';
import { ExitCode } from '../exitCodes.js';
import { PlanDecisions } from '../operations/planOperations.js';
import type { PlanAction, PlanCounts } from './guard.js';

type Connection = NonNullable<CliPlanDecisionsQuery['stagedImport']>['decisions'];
export type Decision = Connection['edges'][number]['node'];
export type BlockingProblem = Connection['blocking'][number];

/** What the registry would do with a staged import for these options and this selection. */
export interface PlanRead {
  planDigest: string;
  counts: PlanCounts;
  blocking: BlockingProblem[];
  /** The decisions with the actions asked for, in archive order, up to the limit. */
  decisions: Decision[];
  /** How many decisions have those actions in all. */
  matching: number;
}

export interface PlanQuery {
  stagedImportId: string;
  options: ImportOptionsInput;
  selection: string[] | null;
  /** The decisions to list (others are only counted). */
  show: PlanAction[];
  /** At most this many decisions are listed; 0 reads the summary alone. */
  limit: number;
}

/** A page costs the registry one indexed read of a stored plan; 200 keeps each answer small. */
const PAGE = 200;

/**
 * Reads the plan page by page. Every page carries the digest: if it changes between pages the registry changed
 * while the plan was read, and the pages no longer belong to one plan.
 */
export async function readPlan(client: RegistryClient, query: PlanQuery): Promise<PlanRead> {
  const filter = { actions: query.show.map((a) => a.toUpperCase() as ImportAction) };
  const decisions: Decision[] = [];
  let first: Connection | null = null;
  let after: string | null = null;
  do {
    const want = Math.min(PAGE, query.limit - decisions.length);
    const page: Connection = await decisionsPage(client, query, filter, want, after);
    if (first && page.planDigest !== first.planDigest) throw registryChanged();
    first ??= page;
    decisions.push(...page.edges.map((e) => e.node));
    after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
  } while (after && decisions.length < query.limit);
  return { planDigest: first.planDigest, counts: first.counts, blocking: first.blocking, decisions, matching: first.totalCount };
}

async function decisionsPage(
  client: RegistryClient,
  query: PlanQuery,
  filter: { actions: ImportAction[] },
  first: number,
  after: string | null,
): Promise<Connection> {
  const data = await client.request(PlanDecisions, {
    id: query.stagedImportId,
    options: query.options,
    selection: query.selection,
    filter,
    first,
    after,
  });
  if (!data.stagedImport) throw CliError.stagedImportGone(query.stagedImportId);
  return data.stagedImport.decisions;
}

function registryChanged(): CliError {
  return new CliError('REGISTRY_CHANGED', 'The registry changed while the plan was being read.', ExitCode.PLAN_STALE,
    'Plan again.');
}
