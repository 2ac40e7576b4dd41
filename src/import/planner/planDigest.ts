import { createHash } from 'node:crypto';
import { canonicalJson } from '../../archive/contentDigest.js';
import type { Decision, Reason, WriteOutcome } from './types.js';

/**
 * SHA-256 over a canonical serialization of what the plan does: per decision, in archive order, its UUID,
 * action, reason codes with their UUIDs and outcome; then the blocking problems. Messages and timestamps are left
 * out: two plans with equal digests apply the same writes and fail or succeed alike. Fixed shapes are serialized
 * as positional arrays (canonical by construction); only free-form attributes go through canonicalJson.
 */
export function planDigest(decisions: readonly Decision[], blocking: readonly Reason[]): string {
  const hash = createHash('sha256');
  let chunk = '';
  for (const d of decisions) {
    chunk += JSON.stringify([d.uuid, d.action, d.reasons.map(essence), outcomeEssence(d.outcome)]) + '\n';
    if (chunk.length > 65_536) {
      hash.update(chunk);
      chunk = '';
    }
  }
  hash.update(chunk);
  hash.update(JSON.stringify(['blocking', blocking.map(essence)]));
  return hash.digest('hex');
}

function essence(reason: Reason): unknown[] {
  return [reason.code, reason.uuids];
}

function outcomeEssence(outcome: WriteOutcome | null): unknown[] | null {
  if (!outcome) return null;
  const { ownerUuid, lifecycle, previousVersion, attributes, groups } = outcome;
  // null: the record's own attributes, fixed for a staged import, so plans of it compare alike.
  const canonicalAttributes = attributes === null ? null : canonicalJson(attributes);
  return [ownerUuid, lifecycle && [lifecycle.model, lifecycle.state], previousVersion, canonicalAttributes, groups];
}
