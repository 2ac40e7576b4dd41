import type { ActionCounts } from '../import/planner/actionCounts.js';
import type { Readable } from 'node:stream';
import type { RemoteClient } from './remoteClient.js';
import { RemoteErrors } from './remoteErrors.js';

/*
 * This registry's side of an import on a remote: stage an archive there, preview it with the remote's planner,
 * commit it with the previewed plan digest, read back what it did. The remote's own pipeline (staging → planner
 * → commit) does the work, as the credential's user; promotion and package synchronization both push this way.
 */

/** The remote's preview of a staged import. */
export interface RemotePlanSummary {
  planDigest: string;
  counts: ActionCounts;
  blocking: { code: string; message: string }[];
}

export interface RemoteImportRecord {
  id: string;
  status: string;
  counts: Record<string, number>;
  error: { code: string; message: string } | null;
}

const STAGE_MUTATION = `mutation RemoteStage($file: Upload!, $options: ImportOptionsInput) { stageArchive(file: $file, planOptions: $options) { id objectCount } }`;
const SUMMARY_QUERY = `query RemotePreview($id: ID!, $options: ImportOptionsInput, $selection: [ID!]) {
  stagedImport(id: $id) { planSummary(options: $options, selection: $selection) { planDigest counts { create replace ignore reject skip } blocking { code message } } }
}`;
const PLANNING_AHEAD_QUERY = `query RemotePlanningAhead($id: ID!) { stagedImport(id: $id) { planningAhead } }`;
const DISCARD_MUTATION = `mutation RemoteDiscard($id: ID!) { discardStagedImport(id: $id) }`;
const COMMIT_MUTATION = `mutation RemoteCommit($input: CommitImportInput!) { commitImport(input: $input) { id status } }`;
const RECORD_QUERY = `query RemoteImportRecord($id: ID!) {
  importRecord(id: $id) { id status phase done total counts { created replaced ignored rejected skipped } error { code message } }
}`;
const OUTCOMES_QUERY = `query RemoteOutcomes($id: ID!, $after: String) {
  importRecord(id: $id) { outcomes(first: 500, after: $after) { edges { node { uuid action } } pageInfo { hasNextPage endCursor } } }
}`;

/**
 * Stages an archive on the remote (as the credential's user): a file, or a stream of one being written; returns
 * its staged import there. With
 * planOptions, the remote plans those options ahead as staging ends, so a preview with them reads (or joins) that plan.
 */
export async function stageOnRemote(
  client: RemoteClient,
  file: string | Readable,
  fileName: string,
  planOptions?: Record<string, boolean>,
): Promise<{ id: string; objectCount: number }> {
  return (await client.upload<{ stageArchive: { id: string; objectCount: number } }>(STAGE_MUTATION, planOptions ? { options: planOptions } : {}, file, fileName)).stageArchive;
}

/**
 * The remote planner's summary of its staged import with these options and selection (null: its default). While
 * the remote still makes the plan it was asked to make ahead (stageOnRemote's planOptions), this polls for its end
 * rather than hold a request open for the whole planning (minutes for a large import on a busy registry).
 */
export async function previewOnRemote(client: RemoteClient, stagedImportId: string, options: Record<string, boolean>, selection: string[] | null): Promise<RemotePlanSummary> {
  while (await planningAhead(client, stagedImportId)) {
    // The remote's answer changes only when its planning ends; a short pause spares it a stream of polls.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const answer = await client.graphql<{ stagedImport: { planSummary: RemotePlanSummary } | null }>(SUMMARY_QUERY, { id: stagedImportId, options, selection });
  const summary = answer.stagedImport?.planSummary;
  if (!summary) throw RemoteErrors.badAnswer(client.name, 'the staged import has no preview');
  return summary;
}

/** Whether the remote is still planning its staged import ahead; false from a remote too old to say. */
async function planningAhead(client: RemoteClient, stagedImportId: string): Promise<boolean> {
  try {
    return (await client.graphql<{ stagedImport: { planningAhead: boolean } | null }>(PLANNING_AHEAD_QUERY, { id: stagedImportId })).stagedImport?.planningAhead ?? false;
  } catch (error) {
    if ((error as { details?: { remoteCode?: string } }).details?.remoteCode === 'GRAPHQL_VALIDATION_FAILED') return false;
    throw error;
  }
}

/**
 * Commits on the remote with the previewed plan digest (its PLAN_STALE arrives as REMOTE_REFUSED with that
 * remoteCode, nothing written there), without holding a connection open for the whole commit: start it, then
 * poll its record until it ends.
 */
export async function commitOnRemote(client: RemoteClient, input: Record<string, unknown>): Promise<RemoteImportRecord> {
  const started = (await client.graphql<{ commitImport: { id: string } }>(COMMIT_MUTATION, { input: { ...input, wait: false } })).commitImport;
  for (;;) {
    const record = (await client.graphql<{ importRecord: RemoteImportRecord | null }>(RECORD_QUERY, { id: started.id })).importRecord;
    if (!record) throw RemoteErrors.badAnswer(client.name, `its import record ${started.id} is gone`);
    if (record.status === 'SUCCEEDED') return record;
    if (record.status === 'FAILED') {
      throw RemoteErrors.refused(client.name, record.error?.code ?? 'IMPORT_FAILED', record.error?.message ?? 'the commit failed', 200);
    }
    // The remote's record changes only as its commit advances; a short pause spares it a stream of polls.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The action the remote's commit took for each object of its archive, by UUID. */
export async function remoteOutcomes(client: RemoteClient, importRecordId: string): Promise<Map<string, string>> {
  const actions = new Map<string, string>();
  for (let after: string | null = null; ; ) {
    type Page = { importRecord: { outcomes: { edges: { node: { uuid: string; action: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null };
    const page: Page = await client.graphql<Page>(OUTCOMES_QUERY, { id: importRecordId, after });
    const outcomes = page.importRecord?.outcomes;
    if (!outcomes) throw RemoteErrors.badAnswer(client.name, `no outcomes for its import record ${importRecordId}`);
    for (const { node } of outcomes.edges) actions.set(node.uuid, node.action);
    if (!outcomes.pageInfo.hasNextPage) return actions;
    after = outcomes.pageInfo.endCursor;
  }
}

/** Discards a staged import on the remote, quietly: it expires there anyway (STAGED_IMPORT_TTL_SECONDS). */
export async function discardOnRemote(client: RemoteClient, stagedImportId: string): Promise<void> {
  try {
    await client.graphql(DISCARD_MUTATION, { id: stagedImportId });
  } catch {
    // The failure that led here is the one to report.
  }
}
