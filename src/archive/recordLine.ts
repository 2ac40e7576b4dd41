import type { NdjsonLine } from './ndjson.js';
import type { ArchiveRecord } from './record.js';
import { validateRecord, type SchemaProblem } from './schemaValidation.js';

/**
 * One line of objects.ndjson as read: `record` is null when the line is not UTF-8 JSON or breaks its kind's
 * schema, and `problems` say why, each with a JSON path. `line` is 1-based.
 */
export interface RecordLine {
  line: number;
  raw: string;
  record: ArchiveRecord | null;
  problems: SchemaProblem[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Parses and validates one line; a bad line is data (problems), never a throw. */
export function parseRecordLine({ line, bytes }: NdjsonLine): RecordLine {
  let raw: string;
  try {
    raw = utf8.decode(bytes);
  } catch {
    return invalid(line, bytes.toString('utf8'), 'is not valid UTF-8');
  }
  if (raw.trim() === '') return invalid(line, raw, 'is empty; every line holds one record');
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return invalid(line, raw, `is not valid JSON: ${(error as Error).message}`);
  }
  const problems = validateRecord(value);
  return { line, raw, record: problems.length === 0 ? (value as ArchiveRecord) : null, problems };
}

function invalid(line: number, raw: string, message: string): RecordLine {
  return { line, raw, record: null, problems: [{ path: '$', message }] };
}
