import { graphql } from '../generated/gql.js';
import type {
  CommitImportInput,
  DecisionFilter,
  ExportArchiveInput,
  ImportClientDecisionsQuery,
  ImportExpectationInput,
  ImportOptionsInput,
} from '../generated/graphql.js';
import { downloadArchive, exportArchive } from './exportBuilders.js';
import type { GraphQLClient } from './graphqlClient.js';
import { uploadRequest } from './upload.js';

/*
 * The import side of the API for tests: stage an archive file, page through the preview, commit, poll and read
 * records. Archives come from a real export (exportToFile) or are written straight from records (testArchives.ts).
 */

graphql(`
  fragment ImportClientRecord on ImportRecord {
    id status phase done total startedAt finishedAt userUuid stagedImportId archiveSha256 trust
    signer { fingerprintSha256 subject validity }
    options { allowReplace keepCurrentOwner importUserGroups keepLifecycleState trustProvider }
    selection planDigest
    counts { created replaced ignored rejected skipped }
    error { code message }
  }
`);

const Stage = graphql(`
  mutation ImportClientStage($file: Upload!, $password: String) {
    stageArchive(file: $file, password: $password) { id objectCount trust signer { fingerprintSha256 } }
  }
`);

const Decisions = graphql(`
  query ImportClientDecisions(
    $id: ID!, $options: ImportOptionsInput, $selection: [ID!], $first: Int!, $after: String, $filter: DecisionFilter
  ) {
    stagedImport(id: $id) {
      decisions(options: $options, selection: $selection, first: $first, after: $after, filter: $filter) {
        planDigest totalCount
        counts { create replace ignore reject skip }
        blocking { code severity message uuids }
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            uuid kind name line action selectedByDefault selected includedBy includedByCount
            reasons { code severity message uuids decisive }
            existing { timestamp object { uuid name } }
            references { name targetUuid resolution targetObject { uuid name } targetRecord { uuid name line action } }
            outcome { ownerUuid owner { uuid } lifecycle { modelUuid stateUuid } previousVersionUuid attributes groupUuids }
          }
        }
      }
    }
  }
`);

const Summary = graphql(`
  query ImportClientSummary($id: ID!, $options: ImportOptionsInput, $selection: [ID!]) {
    stagedImport(id: $id) {
      planSummary(options: $options, selection: $selection) {
        planDigest counts { create replace ignore reject skip } blocking { code }
        countsByKind { action kind count } countsByReason { action code decisive count }
      }
    }
  }
`);

export const CommitImport = graphql(`
  mutation ImportClientCommit($input: CommitImportInput!) {
    commitImport(input: $input) { ...ImportClientRecord }
  }
`);

export const ImportRecordQuery = graphql(`
  query ImportClientRecordQuery($id: ID!) {
    importRecord(id: $id) {
      ...ImportClientRecord
      user { uuid }
      outcomes(first: 500) { totalCount edges { node { line uuid kind name action reasons { code } } } }
    }
  }
`);

export const ImportHistory = graphql(`
  query ImportClientHistory($first: Int!, $after: String) {
    importHistory(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...ImportClientRecord } }
    }
  }
`);

export const ImportArchive = graphql(`
  mutation ImportClientImportArchive(
    $file: Upload!, $password: String, $options: ImportOptionsInput, $selection: [ID!], $wait: Boolean!, $expectation: ImportExpectationInput
  ) {
    importArchive(file: $file, password: $password, options: $options, selection: $selection, wait: $wait, expectation: $expectation) {
      ...ImportClientRecord
    }
  }
`);

export type DecisionNode = NonNullable<ImportClientDecisionsQuery['stagedImport']>['decisions']['edges'][number]['node'];

/** Exports through the API and downloads the archive into a temporary file. */
export async function exportToFile(client: GraphQLClient, input: ExportArchiveInput): Promise<string> {
  const exported = await exportArchive(client, input);
  return downloadArchive(client, exported.downloadUrl);
}

/** Stages an archive file; fails the test on errors. */
export async function stage(client: GraphQLClient, file: string) {
  const res = await uploadRequest(client, Stage, { password: null }, { file: { path: file } });
  if (res.errors?.length || !res.data) throw new Error(`staging failed: ${JSON.stringify(res.errors ?? res.text)}`);
  return res.data.stageArchive;
}

export interface PreviewArgs {
  options?: ImportOptionsInput | null;
  selection?: string[] | null;
  filter?: DecisionFilter | null;
}

/** One page of the preview (the raw response, for tests about errors and paging). */
export function decisionsPage(client: GraphQLClient, id: string, args: PreviewArgs & { first?: number; after?: string | null } = {}) {
  return client.request(Decisions, { id, first: args.first ?? 50, after: args.after ?? null, options: args.options, selection: args.selection, filter: args.filter });
}

/** The whole preview: every decision (paged through), with the plan's counts, blocking problems and digest. */
export async function preview(client: GraphQLClient, id: string, args: PreviewArgs = {}) {
  const nodes: DecisionNode[] = [];
  let after: string | null = null;
  for (;;) {
    const res = await decisionsPage(client, id, { ...args, first: 100, after });
    const decisions = res.data?.stagedImport?.decisions;
    if (!decisions) throw new Error(`preview failed: ${JSON.stringify(res.errors ?? res)}`);
    nodes.push(...decisions.edges.map((e) => e.node));
    if (!decisions.pageInfo.hasNextPage) {
      const byUuid = new Map(nodes.map((n) => [n.uuid, n]));
      const decision = (uuid: string) => {
        const found = byUuid.get(uuid);
        if (!found) throw new Error(`no decision for ${uuid}`);
        return found;
      };
      return { ...decisions, nodes, decision, codesOf: (uuid: string) => decision(uuid).reasons.map((r) => r.code) };
    }
    after = decisions.pageInfo.endCursor ?? null;
  }
}

export async function planSummary(client: GraphQLClient, id: string, args: PreviewArgs = {}) {
  return (await client.data(Summary, { id, options: args.options, selection: args.selection })).stagedImport!.planSummary;
}

export async function commit(client: GraphQLClient, input: CommitImportInput) {
  return (await client.data(CommitImport, { input })).commitImport;
}

export async function importRecord(client: GraphQLClient, id: string) {
  return (await client.data(ImportRecordQuery, { id })).importRecord;
}

/**
 * Polls importRecord until the import has ended; returns every record seen on the way, last one last. Each look
 * is a request answered by the registry (no timer between them); the test's own timeout bounds the wait.
 */
export async function pollToEnd(client: GraphQLClient, id: string) {
  const seen: NonNullable<Awaited<ReturnType<typeof importRecord>>>[] = [];
  for (;;) {
    const record = await importRecord(client, id);
    if (!record) throw new Error(`import record ${id} not found`);
    seen.push(record);
    if (record.status !== 'RUNNING') return seen;
  }
}

/** Stages and commits in one call. */
export function importArchive(client: GraphQLClient, file: string, args: PreviewArgs & { wait?: boolean; expectation?: ImportExpectationInput } = {}) {
  const variables = { password: null, options: args.options, selection: args.selection, wait: args.wait ?? true, expectation: args.expectation };
  return uploadRequest(client, ImportArchive, variables, { file: { path: file } });
}

const Me = graphql(`
  query ImportClientMe { me { uuid } }
`);

export const ImportedObject = graphql(`
  query ImportClientObject($uuid: ID!) {
    object(uuid: $uuid) {
      uuid kind name description createdAt timestamp ownerUuid organizationUuid
      protection { viewContent rePackageable editable }
      references { name targetUuid }
      ... on Asset { attributes version previousVersionUuid lifecycleState { uuid } }
    }
  }
`);

/** The UUID of the user a client acts as. */
export async function meUuid(client: GraphQLClient): Promise<string> {
  return (await client.data(Me)).me.uuid;
}

/** An object as the explorer shows it, or null. */
export async function objectIn(client: GraphQLClient, uuid: string) {
  return (await client.data(ImportedObject, { uuid })).object;
}
