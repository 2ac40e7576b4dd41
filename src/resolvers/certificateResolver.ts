import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { FileUpload } from 'graphql-upload/Upload.mjs';
import type { GraphQLContext } from '../graphql/context.js';
import { accessOf } from '../graphql/context.js';
import { ServerCertificateService } from '../keys/serverCertificateService.js';
import { TrustedProviderService } from '../keys/trustedProviderService.js';
import { logDomainEvent } from '../observability/domainEvents.js';
import { UploadScalar } from '../schema/scalars.js';
import { readSmallUpload } from './uploadContent.js';
import { KeystoreFile, KeystoreImport, ServerCertificate, TrustedProvider } from '../schema/types/certificate.type.js';

/** A PKCS#12 file of a few keys is a few KiB; anything near this is not one. */
const MAX_KEYSTORE_BYTES = 1024 * 1024;

const certificates = (ctx: GraphQLContext) => new ServerCertificateService(ctx.em, accessOf(ctx));
const trustedProviders = (ctx: GraphQLContext) => new TrustedProviderService(ctx.em, accessOf(ctx));

/** The server's certificates and key store, and the trusted providers. Administrators only, but serverCertificate. */
@Resolver()
export class CertificateResolver {
  @Query(() => ServerCertificate, { description: "This server's current certificate: give it to registries that encrypt archives for this one." })
  serverCertificate(@Ctx() ctx: GraphQLContext) {
    return certificates(ctx).current();
  }

  @Query(() => [ServerCertificate], { description: 'Every server certificate, current first, then newest first. Administrators only.' })
  serverCertificateHistory(@Ctx() ctx: GraphQLContext) {
    return certificates(ctx).history();
  }

  @Mutation(() => ServerCertificate, { description: 'A new self-signed certificate becomes current; the old one stays in the history. Administrators only.' })
  async replaceServerCertificate(@Arg('commonName') commonName: string, @Ctx() ctx: GraphQLContext) {
    const certificate = await certificates(ctx).replace(commonName);
    logDomainEvent(ctx.app.logger, 'keystore.changed', { change: 'certificate replaced', fingerprintSha256: certificate.fingerprintSha256 });
    return certificate;
  }

  @Mutation(() => KeystoreFile, {
    description: 'Every server key and certificate as a PKCS#12 file protected by the password. A mutation, so the password never travels in a URL. Administrators only.',
  })
  async exportKeystore(@Arg('password') password: string, @Ctx() ctx: GraphQLContext): Promise<KeystoreFile> {
    const file = await certificates(ctx).exportKeystore(password);
    return { fileName: file.fileName, mediaType: 'application/x-pkcs12', contentBase64: file.content.toString('base64'), keyCount: file.keyCount };
  }

  @Mutation(() => KeystoreImport, {
    description:
      'Adds the keys of a PKCS#12 file (GraphQL multipart upload; send Apollo-Require-Preflight: true) to the history; ' +
      'with makeCurrent its first key becomes current. A wrong password fails with WRONG_PASSWORD. Administrators only.',
  })
  async importKeystore(
    @Arg('file', () => UploadScalar) file: Promise<FileUpload>,
    @Arg('password') password: string,
    @Arg('makeCurrent', { defaultValue: true }) makeCurrent: boolean,
    @Ctx() ctx: GraphQLContext,
  ) {
    const imported = await certificates(ctx).importKeystore(() => readSmallUpload(file, MAX_KEYSTORE_BYTES, 'key store'), password, makeCurrent);
    logDomainEvent(ctx.app.logger, 'keystore.changed', { change: 'keys imported', makeCurrent });
    return imported;
  }

  @Query(() => [TrustedProvider], { description: 'Signer certificates this registry trusts. Administrators only.' })
  trustedProviders(@Ctx() ctx: GraphQLContext) {
    return trustedProviders(ctx).list();
  }

  @Mutation(() => TrustedProvider, { description: 'Trusts a signer certificate (PEM). Administrators only.' })
  async addTrustedProvider(@Arg('certificatePem') certificatePem: string, @Ctx() ctx: GraphQLContext) {
    const provider = await trustedProviders(ctx).add(certificatePem);
    logDomainEvent(ctx.app.logger, 'trust.changed', { change: 'trusted', fingerprintSha256: provider.fingerprintSha256, subject: provider.subject });
    return provider;
  }

  @Mutation(() => Boolean, { description: 'Stops trusting a signer, by SHA-256 fingerprint; false when none had it. Administrators only.' })
  async removeTrustedProvider(@Arg('fingerprint') fingerprint: string, @Ctx() ctx: GraphQLContext) {
    const removed = await trustedProviders(ctx).remove(fingerprint);
    if (removed) logDomainEvent(ctx.app.logger, 'trust.changed', { change: 'untrusted', fingerprintSha256: fingerprint });
    return removed;
  }
}
