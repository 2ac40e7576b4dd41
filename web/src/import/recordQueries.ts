import { graphql } from '../gql';

export const ImportRecordQuery = graphql(`
  query ImportRecordPage($id: ID!) {
    importRecord(id: $id) {
      id status phase done total startedAt finishedAt stagedImportId archiveSha256 trust planDigest
      signer { subject fingerprintSha256 }
      options { allowReplace keepCurrentOwner importUserGroups keepLifecycleState trustProvider }
      counts { created replaced ignored rejected skipped }
      error { code message }
      user { uuid name }
    }
  }
`);

export const OutcomesQuery = graphql(`
  query ImportOutcomes($id: ID!, $first: Int!, $after: String, $filter: ImportOutcomeFilter) {
    importRecord(id: $id) {
      id
      outcomes(first: $first, after: $after, filter: $filter) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { line uuid kind name action reasons { code severity message } } }
      }
    }
  }
`);

export const ImportHistoryQuery = graphql(`
  query ImportsPage($first: Int!, $after: String) {
    importHistory(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id status phase startedAt finishedAt trust
          counts { created replaced ignored rejected skipped }
          error { code }
          user { name }
        }
      }
    }
  }
`);
