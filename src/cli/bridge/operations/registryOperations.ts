import { graphql } from '../../generated/gql.js';

/** Which registry answers, and as whom: apply checks a plan file against it. */
export const RegistryIdentity = graphql(`
  query CliRegistryIdentity {
    registry { uuid name address }
  }
`);
