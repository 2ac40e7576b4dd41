import type { KindFieldsMap } from '../domain/kindFields.js';
import type { ObjectKind } from '../domain/objectKind.js';

/** Major.minor. A registry imports archives of its own major version and older ones, never newer. */
export const ARCHIVE_FORMAT_VERSION = '1.0';

export interface NamedRef {
  uuid: string;
  /** For display only; the UUID is what counts. */
  name: string;
}

export interface RecordLifecycle {
  model: string;
  state: string;
  stateName: string;
  /** Addresses of the LIFECYCLE_STAGEs assigned to `state` in the exporting registry. */
  stageAddresses: string[];
}

export interface RecordReference {
  name: string;
  target: string;
}

/**
 * One line of `objects.ndjson`. A record never embeds another object: every link is a UUID.
 * Timestamps are ISO 8601 UTC with milliseconds.
 */
export interface ArchiveRecord<K extends ObjectKind = ObjectKind> {
  uuid: string;
  kind: K;
  name: string;
  description: string | null;
  createdAt: string;
  timestamp: string;
  owner: NamedRef | null;
  organization: NamedRef | null;
  version: string | null;
  previousVersion: string | null;
  lifecycle: RecordLifecycle | null;
  attributes: Record<string, unknown>;
  references: RecordReference[];
  fields: KindFieldsMap[K];
}

export interface ProtectionFlags {
  /** Without it, imported attributes are hidden from all but administrators. */
  viewContent: boolean;
  /** Without it, imported objects cannot be exported again from the importing registry. */
  rePackageable: boolean;
  /** Without it, imported objects cannot be edited in the importing registry. */
  editable: boolean;
}

export interface ManifestEntry {
  name: string;
  /** Size in bytes of the entry as stored in the zip (ciphertext when encrypted). */
  size: number;
  /** Hex SHA-256 of the entry as stored in the zip (ciphertext when encrypted). */
  sha256: string;
  encrypted: boolean;
}

export interface RecipientKeyWrap {
  /** SHA-256 fingerprint (hex, lower case) of the recipient certificate. */
  certificateFingerprint: string;
  algorithm: 'RSA-OAEP-256';
  wrappedKey: string; // base64
}

export interface PasswordKeyWrap {
  kdf: 'scrypt';
  salt: string; // base64
  N: number;
  r: number;
  p: number;
  algorithm: 'AES-256-GCM';
  iv: string; // base64
  tag: string; // base64
  wrappedKey: string; // base64
}

export interface ManifestEncryption {
  algorithm: 'AES-256-GCM';
  /** Per encrypted entry: the GCM nonce and tag (base64). */
  entries: Record<string, { iv: string; tag: string }>;
  recipients: RecipientKeyWrap[];
  password: PasswordKeyWrap | null;
}

export interface ExportOptionsRecord {
  objects: string[];
  package: string | null;
  includeReferences: boolean;
  includeVersionHistory: boolean;
  /** Set when the export is a complete organization: policies do not fire when it is imported. */
  completeOrganization: string | null;
}

export interface Manifest {
  formatVersion: string;
  registry: { uuid: string; name: string; address: string };
  exportedBy: NamedRef;
  exportedAt: string;
  options: ExportOptionsRecord;
  protection: ProtectionFlags;
  objectCount: number;
  countsByKind: Partial<Record<ObjectKind, number>>;
  entries: ManifestEntry[];
  encryption: ManifestEncryption | null;
}

export const MANIFEST_ENTRY = 'manifest.json';
export const SIGNATURE_ENTRY = 'signature.p7s';
export const OBJECTS_ENTRY = 'objects.ndjson';
