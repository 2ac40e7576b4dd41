import { createReadStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AppServices } from '../app/appServices.js';
import type { Principal } from '../auth/principal.js';
import { writerTransaction } from '../db/writerTransaction.js';
import type { RemoteRegistryEntity, StagedImportEntity } from '../entities/index.js';
import { discardStagedImport } from '../import/staging/stagedImports.js';
import { stageArchive } from '../import/staging/stageArchive.js';
import { stagingDirectory } from '../import/staging/stagingLimits.js';
import type { RemoteClient } from './remoteClient.js';
import { RemoteErrors } from './remoteErrors.js';
import { runRemoteOperation, type RemoteOperationView } from './remoteOperations.js';
import { RemoteRegistries } from './remoteRegistries.js';

export interface RemotePackage {
  uuid: string;
  name: string;
  description: string | null;
  timestamp: string;
  memberCount: number;
}

export interface RemotePackagePage {
  packages: RemotePackage[];
  hasNextPage: boolean;
  endCursor: string | null;
}

const PACKAGES_QUERY = `query RemotePackages($first: Int!, $after: String, $filter: ObjectFilter) {
  objects(first: $first, after: $after, filter: $filter) {
    pageInfo { hasNextPage endCursor }
    edges { node { uuid name description timestamp ... on Package { members { uuid } } } }
  }
}`;

interface PackagesAnswer {
  objects: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { uuid: string; name: string; description: string | null; timestamp: string; members?: { uuid: string }[] } }[];
  };
}

/** A page of the packages the remote shows its credential's user (after the identity check). */
export async function listRemotePackages(em: SqlEntityManager, remoteName: string, first: number, after: string | null, nameContains: string | null): Promise<RemotePackagePage> {
  const { client } = await new RemoteRegistries(em).connect(remoteName);
  const answer = await client.graphql<PackagesAnswer>(PACKAGES_QUERY, {
    first: Math.min(Math.max(first, 1), 100),
    after,
    filter: { kinds: ['PACKAGE'], ...(nameContains ? { nameContains } : {}) },
  });
  if (!answer?.objects?.edges) throw RemoteErrors.badAnswer(remoteName, 'no package list');
  return {
    packages: answer.objects.edges.map(({ node }) => ({
      uuid: node.uuid,
      name: node.name,
      description: node.description ?? null,
      timestamp: node.timestamp,
      memberCount: node.members?.length ?? 0,
    })),
    hasNextPage: answer.objects.pageInfo.hasNextPage,
    endCursor: answer.objects.pageInfo.endCursor,
  };
}

export const EXPORT_MUTATION = `mutation RemoteExport($input: ExportArchiveInput!) {
  exportArchive(input: $input) { id sha256 size objectCount downloadUrl signed }
}`;

export interface ExportAnswer {
  exportArchive: { id: string; sha256: string; size: number; objectCount: number; downloadUrl: string; signed: boolean };
}

/** The phases of getting a remote package, in order. */
export const GET_PACKAGE_PHASES = ['CONNECTING', 'EXPORTING', 'DOWNLOADING', 'STAGING'] as const;

/**
 * Gets a package from a remote: the remote exports it signed (as the credential's user), this registry downloads
 * the archive and stages it for `principal` through the ordinary staging path, and keeps it only if its
 * signature is the remote's recorded certificate and its manifest names the recorded registry. The result names
 * the staged import, for the usual preview and commit.
 */
export function getRemotePackage(app: AppServices, principal: Principal, remoteName: string, packageUuid: string, wait: boolean): Promise<RemoteOperationView> {
  return startOperation(app, principal, remoteName, wait, async (em, progress) => {
    const { remote, client } = await new RemoteRegistries(em).connect(remoteName);
    await progress('EXPORTING');
    const exported = (await client.graphql<ExportAnswer>(EXPORT_MUTATION, { input: { package: packageUuid, sign: true, includeReferences: true } })).exportArchive;
    await progress('DOWNLOADING');
    const staged = await downloadAndStage(app, em, client, principal, exported, async (row) => assertSignedByRemote(remote, row), progress);
    return { stagedImportId: staged.id, archiveSha256: exported.sha256, objectCount: staged.objectCount, packageUuid };
  });
}

/** A staged archive is the remote's only when signed by its recorded certificate and naming its recorded registry. */
export function assertSignedByRemote(remote: Pick<RemoteRegistryEntity, 'name' | 'signerFingerprint' | 'registryUuid'>, row: StagedImportEntity): void {
  const actual = (row.signer as { fingerprintSha256?: string } | null)?.fingerprintSha256?.toLowerCase() ?? null;
  const manifestRegistry = (row.manifest as { registry?: { uuid?: string } }).registry?.uuid ?? null;
  if (actual !== remote.signerFingerprint || manifestRegistry !== remote.registryUuid) {
    throw RemoteErrors.signatureMismatch(remote.name, remote.signerFingerprint, actual);
  }
}

/** Resolves the remote first (NOT_FOUND before any record is made), then runs the work as an operation. */
async function startOperation(
  app: AppServices,
  principal: Principal,
  remoteName: string,
  wait: boolean,
  work: (em: SqlEntityManager, progress: (phase: string) => Promise<void>) => Promise<Record<string, unknown>>,
): Promise<RemoteOperationView> {
  const remote = await new RemoteRegistries(app.orm.em.fork() as SqlEntityManager).byName(remoteName);
  return runRemoteOperation(app, {
    kind: 'GET_PACKAGE',
    remoteId: remote.id,
    principal,
    phases: GET_PACKAGE_PHASES,
    wait,
    work: (progress) => work(app.orm.em.fork() as SqlEntityManager, progress),
  });
}

/**
 * Downloads an archive the remote exported (checking its announced SHA-256), stages it here for `principal`
 * through the ordinary staging path, and keeps it only if `verify` accepts the staged import (else discarded).
 */
export async function downloadAndStage(
  app: AppServices,
  em: SqlEntityManager,
  client: RemoteClient,
  principal: Principal,
  exported: ExportAnswer['exportArchive'],
  verify: (row: StagedImportEntity) => Promise<void>,
  progress: (phase: string) => Promise<void>,
): Promise<StagedImportEntity> {
  const directory = stagingDirectory(app.config.dataDir);
  await mkdir(directory, { recursive: true });
  const file = path.join(directory, `${randomUUID()}.remote`);
  try {
    const downloaded = await client.download(exported.downloadUrl, file, app.config.limits.maxUploadBytes);
    if (downloaded.sha256 !== exported.sha256) {
      throw RemoteErrors.badAnswer(client.name, `the archive downloaded has SHA-256 ${downloaded.sha256}, not the ${exported.sha256} it announced`);
    }
    await progress('STAGING');
    const staged = await stageArchive(
      { em, config: app.config, transaction: writerTransaction(app) },
      { upload: { filename: `${client.name}-${exported.id}.zip`, createReadStream: () => createReadStream(file) }, password: null, ownerUuid: principal.uuid },
    );
    try {
      await verify(staged);
    } catch (error) {
      await discardStagedImport(em, writerTransaction(app), staged.id, principal);
      throw error;
    }
    return staged;
  } finally {
    await rm(file, { force: true });
  }
}
