import { graphql } from '../../generated/gql.js';

export const ExportArchive = graphql(`
  mutation CliExportArchive($input: ExportArchiveInput!) {
    exportArchive(input: $input) {
      id sha256 size objectCount signed encryption downloadUrl expiresAt
    }
  }
`);
