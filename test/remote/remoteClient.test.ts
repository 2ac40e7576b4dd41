import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSelfSignedCertificate } from '../../src/crypto/certificates.js';
import { RemoteClient } from '../../src/remote/remoteClient.js';
import { tlsSettings } from '../../src/remote/remoteRegistries.js';

/*
 * The transport to a remote on its own, against small local servers: TLS is verified (a pinned certificate is
 * accepted, an unknown one refused), redirects are refused, a silent remote times out, and a non-loopback http
 * address is never contacted.
 */

const servers: (http.Server | https.Server)[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

const graphqlAnswer: http.RequestListener = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ data: { ok: true } }));
};

async function listen(server: http.Server | https.Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

function client(address: string, tls: { caCertificatesPem: string | null; pinnedCertificateSha256: string | null } = { caCertificatesPem: null, pinnedCertificateSha256: null }, timeoutMs = 10_000) {
  return new RemoteClient({ name: 'r', address, credential: 'secret-credential-0123456789', timeoutMs, ...tls });
}

async function codeOf(promise: Promise<unknown>): Promise<{ code?: string; details?: Record<string, unknown> }> {
  try {
    await promise;
    return {};
  } catch (error) {
    return error as { code?: string; details?: Record<string, unknown> };
  }
}

describe('the remote client', () => {
  const served = createSelfSignedCertificate({ commonName: 'remote.example.test' });
  const other = createSelfSignedCertificate({ commonName: 'remote.example.test' });

  it('accepts a pinned self-signed TLS certificate, whatever name it carries', async () => {
    const port = await listen(https.createServer({ key: served.privateKeyPem, cert: served.certificatePem }, graphqlAnswer));
    expect(await client(`https://127.0.0.1:${port}/graphql`, tlsSettings(null, served.certificatePem)).graphql('{ ok }')).toEqual({ ok: true });
  });

  it('refuses a TLS certificate it cannot verify, or one that is not the pinned one', async () => {
    const port = await listen(https.createServer({ key: served.privateKeyPem, cert: served.certificatePem }, graphqlAnswer));
    expect(await codeOf(client(`https://127.0.0.1:${port}/graphql`).graphql('{ ok }'))).toMatchObject({ code: 'REMOTE_UNREACHABLE' });
    expect(await codeOf(client(`https://127.0.0.1:${port}/graphql`, tlsSettings(null, other.certificatePem)).graphql('{ ok }'))).toMatchObject({ code: 'REMOTE_UNREACHABLE' });
  });

  it('refuses a redirect instead of following it', async () => {
    const port = await listen(http.createServer((_req, res) => res.writeHead(307, { location: 'http://127.0.0.1:1/elsewhere' }).end()));
    expect(await codeOf(client(`http://127.0.0.1:${port}/graphql`).graphql('{ ok }'))).toMatchObject({ code: 'REMOTE_REFUSED', details: { remoteCode: 'REDIRECT' } });
  });

  it('gives up on a remote that stays silent', async () => {
    const port = await listen(http.createServer(() => undefined));
    expect(await codeOf(client(`http://127.0.0.1:${port}/graphql`, undefined, 200).graphql('{ ok }'))).toMatchObject({ code: 'REMOTE_UNREACHABLE' });
  });

  it('never contacts a plain http address that is not loopback, and never downloads from another origin', async () => {
    expect(() => client('http://registry.example.test/graphql')).toThrow(expect.objectContaining({ code: 'REMOTE_ADDRESS_REFUSED' }));
    const port = await listen(http.createServer(graphqlAnswer));
    expect(await codeOf(client(`http://127.0.0.1:${port}/graphql`).download('http://127.0.0.2:1/archives/x', '/tmp/never', 10))).toMatchObject({ code: 'REMOTE_BAD_ANSWER' });
  });
});
