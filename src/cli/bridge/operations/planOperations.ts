import { graphql } from '../../generated/gql.js';

/**
 * One page of the plan's decisions with the plan as a whole (counts, blocking problems, digest), and what changes
 * field by field for each (computed by the registry for the decisions of the page only).
 */
export const PlanDecisions = graphql(`
  query CliPlanDecisions(
    $id: ID!, $options: ImportOptionsInput, $selection: [ID!], $filter: DecisionFilter, $first: Int!, $after: String
  ) {
    stagedImport(id: $id) {
      decisions(options: $options, selection: $selection, filter: $filter, first: $first, after: $after) {
        planDigest totalCount
        counts { create replace ignore reject skip }
        blocking { code severity message uuids }
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            uuid kind name line action selected includedByCount
            reasons { code severity message }
            changes { totalCount truncated contentWithheld entries { path before after cut } }
          }
        }
      }
    }
  }
`);
