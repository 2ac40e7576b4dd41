import type { Manifest } from '../archive/record.js';
import type { StagedImportEntity } from '../entities/index.js';
import type { ArchiveTrust, StagedSigner } from '../import/staging/archiveTrust.js';
import { type CertificateValidity, certificateValidity } from '../import/staging/certificateValidity.js';
import type { RecordProblem } from '../import/staging/problemReport.js';
import type { StagedImportRow } from '../import/staging/stagedImports.js';
import type { StagedObjectListing } from '../import/staging/stagedObjectQueries.js';

type SignerView = Omit<StagedSigner, 'notBefore' | 'notAfter' | 'signingTime' | 'validity'> & {
  notBefore: Date;
  notAfter: Date;
  signingTime: Date | null;
  validity: CertificateValidity;
};

/**
 * The value GraphQL resolvers hand around for a staged import: the row's columns with the manifest's facts
 * lifted out under the schema's names. Objects and counts by kind are field resolvers (SQL).
 */
export interface StagedImportView {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  fileName: string | null;
  archiveSha256: string;
  archiveSize: number;
  formatVersion: string;
  sourceRegistry: Manifest['registry'];
  exportedBy: Manifest['exportedBy'];
  exportedAt: Date;
  options: {
    selection: { objects: string[]; package: string | null };
    includeReferences: boolean;
    includeVersionHistory: boolean;
    completeOrganization: string | null;
  };
  protection: Manifest['protection'];
  objectCount: number;
  signer: SignerView | null;
  trust: ArchiveTrust;
  encrypted: boolean;
  problems: RecordProblem[];
  problemCount: number;
}

/** The view of a staged import just staged (the entity in hand). */
export function toStagedImportView(row: StagedImportEntity): StagedImportView {
  return {
    id: row.id,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    fileName: row.fileName,
    archiveSha256: row.archiveSha256,
    archiveSize: Number(row.archiveSize), // a bigint column comes back as a string
    ...manifestFacts(row.manifest as unknown as Manifest),
    objectCount: row.objectCount,
    signer: signerView(row.signer as unknown as StagedSigner | null),
    trust: row.trust as ArchiveTrust,
    encrypted: row.encrypted,
    problems: row.problems as RecordProblem[],
    problemCount: row.problemCount,
  };
}

type ManifestFacts = Pick<StagedImportView, 'formatVersion' | 'sourceRegistry' | 'exportedBy' | 'exportedAt' | 'options' | 'protection'>;

function manifestFacts(manifest: Manifest): ManifestFacts {
  const { objects, package: pkg, includeReferences, includeVersionHistory, completeOrganization } = manifest.options;
  return {
    formatVersion: manifest.formatVersion,
    sourceRegistry: manifest.registry,
    exportedBy: manifest.exportedBy,
    exportedAt: new Date(manifest.exportedAt),
    options: { selection: { objects, package: pkg }, includeReferences, includeVersionHistory, completeOrganization },
    protection: manifest.protection,
  };
}

/**
 * The view of a stored staged import: its manifest and problems are parsed the first time one of their fields
 * is read (GraphQL reads fields as properties), so a request that asks for none of them parses nothing.
 */
export function stagedImportViewOf(row: StagedImportRow): StagedImportView {
  return new StoredStagedImportView(row);
}

class StoredStagedImportView implements StagedImportView {
  readonly id: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly fileName: string | null;
  readonly archiveSha256: string;
  readonly archiveSize: number;
  readonly objectCount: number;
  readonly trust: ArchiveTrust;
  readonly encrypted: boolean;
  readonly problemCount: number;
  private facts: ManifestFacts | null = null;
  private parsedProblems: RecordProblem[] | null = null;

  constructor(private readonly row: StagedImportRow) {
    this.id = row.id;
    this.createdAt = row.createdAt;
    this.expiresAt = row.expiresAt;
    this.fileName = row.fileName;
    this.archiveSha256 = row.archiveSha256;
    this.archiveSize = row.archiveSize;
    this.objectCount = row.objectCount;
    this.trust = row.trust as ArchiveTrust;
    this.encrypted = row.encrypted;
    this.problemCount = row.problemCount;
  }

  private get manifest(): ManifestFacts {
    return (this.facts ??= manifestFacts(JSON.parse(this.row.manifestJson) as Manifest));
  }
  get formatVersion() {
    return this.manifest.formatVersion;
  }
  get sourceRegistry() {
    return this.manifest.sourceRegistry;
  }
  get exportedBy() {
    return this.manifest.exportedBy;
  }
  get exportedAt() {
    return this.manifest.exportedAt;
  }
  get options() {
    return this.manifest.options;
  }
  get protection() {
    return this.manifest.protection;
  }
  get signer() {
    return signerView(this.row.signer as unknown as StagedSigner | null);
  }
  get problems() {
    return (this.parsedProblems ??= JSON.parse(this.row.problemsJson) as RecordProblem[]);
  }
}

function signerView(signer: StagedSigner | null): SignerView | null {
  if (!signer) return null;
  return {
    ...signer,
    notBefore: new Date(signer.notBefore),
    notAfter: new Date(signer.notAfter),
    signingTime: signer.signingTime ? new Date(signer.signingTime) : null,
    validity: certificateValidity(signer, new Date()), // a staged import is judged as of now: when it would commit
  };
}

/**
 * A listed staged object as the StagedObject type shows it. `contentReadable`: whether the caller may read the
 * content of the archive's records (AccessControl.canReadContent of its viewContent flag); if not, the record
 * shows `attributes: null`, as the explorer will once it is imported.
 */
export function toStagedObjectView(row: StagedObjectListing, contentReadable: boolean) {
  const record = row.record as unknown as Record<string, unknown>;
  return {
    line: row.line,
    uuid: row.uuid,
    kind: row.kind,
    name: row.name,
    timestamp: new Date(row.record.timestamp),
    record: contentReadable ? record : { ...record, attributes: null },
  };
}
