import { graphql } from '../../generated/gql.js';

graphql(`
  fragment CliImportRecord on ImportRecord {
    id status phase done total startedAt finishedAt stagedImportId archiveSha256 trust planDigest selection userUuid
    options { allowReplace keepCurrentOwner importUserGroups keepLifecycleState trustProvider }
    counts { created replaced ignored rejected skipped }
    error { code message }
    signer { subject fingerprintSha256 }
  }
`);

/** Starts a commit (wait: false) and returns its RUNNING record at once: the client polls ImportRecordById. */
export const CommitImport = graphql(`
  mutation CliCommitImport($input: CommitImportInput!) {
    commitImport(input: $input) { ...CliImportRecord }
  }
`);

export const ImportRecordById = graphql(`
  query CliImportRecordById($id: ID!) {
    importRecord(id: $id) { ...CliImportRecord }
  }
`);

/** One import with a page of what happened to each object. */
export const ImportRecordOutcomes = graphql(`
  query CliImportRecordOutcomes($id: ID!, $first: Int!, $after: String) {
    importRecord(id: $id) {
      ...CliImportRecord
      outcomes(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { line uuid kind name action reasons { code message } } }
      }
    }
  }
`);

export const ImportHistory = graphql(`
  query CliImportHistory($first: Int!, $after: String) {
    importHistory(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { ...CliImportRecord } }
    }
  }
`);
