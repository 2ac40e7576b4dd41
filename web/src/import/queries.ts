import { graphql } from '../gql';

/** Everything about a staged archive but its decisions: the signer step and the page's header. */
export const StagedImportQuery = graphql(`
  query StagedImportPage($id: ID!) {
    stagedImport(id: $id) {
      id fileName archiveSize archiveSha256 createdAt expiresAt exportedAt formatVersion encrypted objectCount problemCount trust
      exportedBy { uuid name }
      sourceRegistry { uuid name address }
      signer { subject issuer fingerprintSha256 notBefore notAfter signingTime }
      countsByKind { kind count }
      protection { viewContent rePackageable editable }
      options { includeReferences includeVersionHistory completeOrganization selection { package objects } }
      problems { line path message }
    }
  }
`);

/**
 * One page of the plan, with everything a row and its detail panel show, its counts and total. Nothing here needs
 * the whole plan: after an option is toggled on a large archive the server answers it before the plan is complete.
 */
export const DecisionsQuery = graphql(`
  query ImportDecisions(
    $id: ID!
    $options: ImportOptionsInput
    $change: SelectionChangeInput
    $filter: DecisionFilter
    $first: Int!
    $after: String
  ) {
    stagedImport(id: $id) {
      id
      decisions(options: $options, selectionChange: $change, filter: $filter, first: $first, after: $after) {
        totalCount
        counts { create replace ignore reject skip }
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            uuid kind name line action selected selectedByDefault includedBy includedByCount
            reasons { code severity message uuids decisive }
            existing { timestamp object { uuid name } }
            references {
              name targetUuid resolution
              targetObject { uuid name kind }
              targetRecord { uuid name kind line action }
            }
            outcome {
              ownerUuid owner { uuid name }
              lifecycle { modelUuid stateUuid }
              previousVersionUuid attributes groupUuids
            }
            changes { totalCount truncated contentWithheld entries { path before after cut } }
          }
        }
      }
    }
  }
`);

/** What needs the whole plan: its digest (the commit's), the problems that block it, why elements are left out. */
export const PlanSummaryQuery = graphql(`
  query ImportPlanSummary($id: ID!, $options: ImportOptionsInput, $change: SelectionChangeInput) {
    stagedImport(id: $id) {
      id
      planSummary(options: $options, selectionChange: $change) {
        planDigest
        countsByReason { action code decisive count }
        blocking { code severity message uuids }
      }
    }
  }
`);

export const CommitMutation = graphql(`
  mutation ConsoleCommitImport($input: CommitImportInput!) {
    commitImport(input: $input) { id status }
  }
`);

export const DiscardMutation = graphql(`
  mutation ConsoleDiscardStagedImport($id: ID!) {
    discardStagedImport(id: $id)
  }
`);
