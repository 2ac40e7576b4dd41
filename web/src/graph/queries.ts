import { graphql } from '../gql';

export const ReferenceGraphQuery = graphql(`
  query ConsoleReferenceGraph($root: ID!, $depth: Int!, $limit: Int!, $filter: ReferenceGraphFilter, $expand: [ReferenceGraphExpansion!]) {
    referenceGraph(root: $root, depth: $depth, limitPerNode: $limit, filter: $filter, expand: $expand) {
      rootUuid
      hiddenByLimit
      hiddenByFilter
      truncated
      referenceNames { name count }
      nodes { uuid depth expanded limit matchedEdges hiddenByLimit hiddenByFilter object { uuid name kind } }
      edges { sourceUuid name targetUuid }
    }
  }
`);
