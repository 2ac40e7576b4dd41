import { graphql } from '../../generated/gql.js';

export const ExportKeystore = graphql(`
  mutation CliExportKeystore($password: String!) {
    exportKeystore(password: $password) { fileName mediaType contentBase64 keyCount }
  }
`);

export const ImportKeystore = graphql(`
  mutation CliImportKeystore($file: Upload!, $password: String!, $makeCurrent: Boolean!) {
    importKeystore(file: $file, password: $password, makeCurrent: $makeCurrent) {
      keyCount added
      current { fingerprintSha256 subject notAfter }
    }
  }
`);

graphql(`
  fragment CliTrustedProvider on TrustedProvider {
    fingerprintSha256 subject issuer serialNumber notBefore notAfter addedAt addedBy
  }
`);

export const TrustedProviders = graphql(`
  query CliTrustedProviders {
    trustedProviders { ...CliTrustedProvider }
  }
`);

export const AddTrustedProvider = graphql(`
  mutation CliAddTrustedProvider($pem: String!) {
    addTrustedProvider(certificatePem: $pem) { ...CliTrustedProvider }
  }
`);

export const RemoveTrustedProvider = graphql(`
  mutation CliRemoveTrustedProvider($fingerprint: String!) {
    removeTrustedProvider(fingerprint: $fingerprint)
  }
`);
