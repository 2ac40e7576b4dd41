import { createHash } from 'node:crypto';
import type { ArchiveRecord } from './record.js';

/** JSON with object keys sorted at every depth, so equal content always serializes to equal bytes. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/**
 * Digest of what an object *is*, leaving out what an import changes anyway (owner, lifecycle state,
 * timestamps). Two copies with the same timestamp but different digests have diverged.
 */
export function contentDigest(record: ArchiveRecord): string {
  const references = [...record.references].sort((a, b) =>
    a.name === b.name ? a.target.localeCompare(b.target) : a.name.localeCompare(b.name),
  );
  const content = {
    kind: record.kind,
    name: record.name,
    description: record.description,
    organization: record.organization?.uuid ?? null,
    version: record.version,
    previousVersion: record.previousVersion,
    attributes: record.attributes,
    references,
    fields: record.fields,
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}
