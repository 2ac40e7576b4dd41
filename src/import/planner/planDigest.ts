import { createHash, type Hash } from 'node:crypto';
import { canonicalJson } from '../../archive/contentDigest.js';
import type { Decision, Reason, WriteOutcome } from './types.js';

/**
 * SHA-256 over a canonical serialization of what the plan does: per decision, in archive order, its UUID,
 * action, reason codes with their UUIDs and outcome; then the blocking problems. Messages and timestamps are left
 * out: two plans with equal digests apply the same writes and fail or succeed alike. Fixed shapes are serialized
 * as positional arrays (canonical by construction); only free-form attributes go through canonicalJson.
 * Decisions are added as they are made, so a plan need not be held whole to be digested.
 */
export class PlanDigest {
  private readonly hash: Hash = createHash('sha256');
  private chunk = '';

  add(d: Decision): void {
    this.chunk += JSON.stringify([d.uuid, d.action, d.reasons.map(essence), outcomeEssence(d.outcome)]) + '\n';
    if (this.chunk.length > 65_536) {
      this.hash.update(this.chunk);
      this.chunk = '';
    }
  }

  finish(blocking: readonly Reason[]): string {
    this.hash.update(this.chunk);
    this.hash.update(JSON.stringify(['blocking', blocking.map(essence)]));
    return this.hash.digest('hex');
  }
}

export function planDigest(decisions: readonly Decision[], blocking: readonly Reason[]): string {
  const digest = new PlanDigest();
  for (const d of decisions) digest.add(d);
  return digest.finish(blocking);
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
