import { graphql } from '../gql';

/** What the search form offers: object types and lifecycle states. */
export const SearchChoicesQuery = graphql(`
  query ExplorerChoices {
    types: objects(first: 500, filter: { kinds: [OBJECT_TYPE] }) { edges { node { uuid name } } }
    models: objects(first: 100, filter: { kinds: [LIFECYCLE_MODEL] }) {
      edges { node { uuid name ... on LifecycleModel { states { uuid name } } } }
    }
  }
`);

export const SearchQuery = graphql(`
  query ExplorerSearch($filter: ObjectFilter, $first: Int!, $after: String) {
    objects(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          uuid name kind
          owner { uuid name }
          organization { uuid name }
          ... on Asset { version objectType { uuid name } lifecycleState { uuid name } }
        }
      }
    }
  }
`);

export const ObjectQuery = graphql(`
  query ExplorerObject($uuid: ID!) {
    object(uuid: $uuid) {
      uuid name kind description createdAt timestamp canEdit
      owner { uuid name }
      organization { uuid name }
      protection { viewContent rePackageable editable }
      references { name targetUuid target { uuid name kind } }
      ... on Asset {
        version attributes
        objectType { uuid name }
        lifecycleModel { uuid name }
        lifecycleState { uuid name }
        versionPath { uuid name version }
      }
      ... on User { email roles groups { uuid name } }
      ... on Group { roles system }
      ... on ObjectType { attributeDefinitions { name type required } }
      ... on LifecycleModel { status states { uuid name initial end } }
      ... on LifecycleStage { address }
      ... on Package { members { uuid name kind } }
      ... on Policy { enabled events priority }
    }
  }
`);

export const IncomingQuery = graphql(`
  query ExplorerIncoming($uuid: ID!, $first: Int!, $after: String) {
    incomingReferences(uuid: $uuid, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { name sourceUuid source { uuid name kind } } }
    }
  }
`);

export const ObjectImportsQuery = graphql(`
  query ExplorerObjectImports($uuid: ID!, $first: Int!, $after: String) {
    objectImportHistory(uuid: $uuid, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { action line reasons { code message } record { id startedAt status user { name } } } }
    }
  }
`);
