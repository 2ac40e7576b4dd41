import type { Decision } from './readPlan.js';

/** Paths whose before and after are the UUIDs removed and added, not values. */
const LISTS = /^(references\.|members$|groups$)/;

/**
 * What changes for one decision, one line per field as `terraform plan` shows attribute changes:
 * `~ path: before → after`, lists as `- removed` and `+ added`. Nothing for a decision without changes.
 */
export function changeLines(changes: Decision['changes']): string[] {
  if (!changes) return [];
  const lines = changes.entries.map((e) => `      ~ ${e.path}: ${LISTS.test(e.path) ? listChange(e.before, e.after) : `${shown(e.before)} → ${shown(e.after)}`}${e.cut ? ' (cut)' : ''}`);
  const unlisted = changes.totalCount - changes.entries.length;
  if (unlisted > 0) lines.push(`      … ${unlisted} more changes`);
  if (changes.contentWithheld) lines.push('      (attributes not compared: their content is withheld from you)');
  return lines;
}

function listChange(removed: unknown, added: unknown): string {
  const items = (sign: string, value: unknown) => (Array.isArray(value) ? value.map((v) => `${sign}${String(v)}`) : []);
  return [...items('-', removed), ...items('+', added)].join(' ');
}

/** A value as one would write it: strings quoted, links by name (else UUID), absent as null. */
function shown(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'object' && !Array.isArray(value) && 'uuid' in value) {
    const link = value as { uuid: string; name?: string };
    return link.name ? `${JSON.stringify(link.name)} (${link.uuid})` : link.uuid;
  }
  return JSON.stringify(value);
}

