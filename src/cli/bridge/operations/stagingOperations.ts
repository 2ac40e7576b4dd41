import { graphql } from '../../generated/gql.js';

graphql(`
  fragment CliStagedImport on StagedImport {
    id fileName archiveSha256 archiveSize objectCount encrypted trust exportedAt expiresAt
    signer { subject fingerprintSha256 }
    sourceRegistry { uuid name address }
    countsByKind { kind count }
    problemCount
    problems { line path message }
  }
`);

/** Uploads an archive (GraphQL multipart request: the file variable is null, the file a part of its own). */
export const StageArchive = graphql(`
  mutation CliStageArchive($file: Upload!, $password: String) {
    stageArchive(file: $file, password: $password) { ...CliStagedImport }
  }
`);

export const StagedImportById = graphql(`
  query CliStagedImportById($id: ID!) {
    stagedImport(id: $id) { ...CliStagedImport }
  }
`);

export const DiscardStagedImport = graphql(`
  mutation CliDiscardStagedImport($id: ID!) {
    discardStagedImport(id: $id)
  }
`);
