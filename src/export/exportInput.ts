import type { ArchiveEncryptionOptions } from '../archive/archiveWriter.js';
import type { ProtectionFlags } from '../archive/record.js';
import { RegistryError } from '../errors/registryError.js';

export enum ArchiveEncryptionMode {
  NONE = 'NONE',
  /** objects.ndjson encrypted; the content key wrapped under a password (scrypt). */
  PASSWORD = 'PASSWORD',
  /** objects.ndjson encrypted; the content key wrapped for a recipient certificate (RSA-OAEP). */
  CERTIFICATE = 'CERTIFICATE',
}

export interface ExportEncryptionInput {
  mode: ArchiveEncryptionMode;
  password?: string | null;
  recipientCertificatePem?: string | null;
}

/** What to export and how. Exactly one of `objects`, `package` and `organization` says what. */
export interface ExportInput {
  /** Objects by UUID. */
  objects?: readonly string[] | null;
  /** A PACKAGE: its members and the package itself. */
  package?: string | null;
  /** An ORGANIZATION: all of its objects and the organization itself, marked as a complete organization. */
  organization?: string | null;
  /** Default true: the transitive closure of every link, so the archive imports into an empty registry. */
  includeReferences?: boolean | null;
  /** Default false: only the selected versions. True: every previous version as well. */
  includeVersionHistory?: boolean | null;
  /** Default true: signed with the server's current certificate. */
  sign?: boolean | null;
  /** Default NONE. */
  encryption?: ExportEncryptionInput | null;
  /** Each flag defaults to true. */
  protection?: Partial<ProtectionFlags> | null;
}

/** An ExportInput checked and with its defaults applied. */
export interface ExportRequest {
  objects: string[];
  package: string | null;
  organization: string | null;
  includeReferences: boolean;
  includeVersionHistory: boolean;
  sign: boolean;
  encryptionMode: ArchiveEncryptionMode;
  encryption: ArchiveEncryptionOptions | null;
  protection: ProtectionFlags;
}

function encryptionOf(input: ExportEncryptionInput | null | undefined): ArchiveEncryptionOptions | null {
  switch (input?.mode ?? ArchiveEncryptionMode.NONE) {
    case ArchiveEncryptionMode.NONE:
      return null;
    case ArchiveEncryptionMode.PASSWORD:
      if (!input?.password) throw RegistryError.badInput('PASSWORD encryption needs a password.');
      return { password: input.password };
    case ArchiveEncryptionMode.CERTIFICATE:
      if (!input?.recipientCertificatePem?.trim()) {
        throw RegistryError.badInput('CERTIFICATE encryption needs recipientCertificatePem.');
      }
      return { recipientCertificatePem: input.recipientCertificatePem };
  }
}

/** Checks an ExportInput and applies the defaults. Throws BAD_USER_INPUT. */
export function parseExportInput(input: ExportInput): ExportRequest {
  const objects = [...new Set(input.objects ?? [])];
  const chosen = [objects.length > 0, Boolean(input.package), Boolean(input.organization)].filter(Boolean).length;
  if (chosen !== 1) throw RegistryError.badInput('Give exactly one of objects (non-empty), package or organization.');
  return {
    objects,
    package: input.package ?? null,
    organization: input.organization ?? null,
    includeReferences: input.includeReferences ?? true,
    includeVersionHistory: input.includeVersionHistory ?? false,
    sign: input.sign ?? true,
    encryptionMode: input.encryption?.mode ?? ArchiveEncryptionMode.NONE,
    encryption: encryptionOf(input.encryption),
    protection: {
      viewContent: input.protection?.viewContent ?? true,
      rePackageable: input.protection?.rePackageable ?? true,
      editable: input.protection?.editable ?? true,
    },
  };
}
