import { DEFAULT_MAX_JSON_DEPTH } from './archiveLimits.js';
import { jsonTextProblems, printable } from './jsonText.js';
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

/**
 * Parses and validates one line; a bad line is data (problems), never a throw. Besides its schema, the text
 * must be JSON this registry keeps exactly as written (jsonTextProblems: depth, U+0000, exact numbers).
 */
export function parseRecordLine({ line, bytes }: NdjsonLine, maxJsonDepth = DEFAULT_MAX_JSON_DEPTH): RecordLine {
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
    return invalid(line, raw, `is not valid JSON: ${printable((error as Error).message)}`);
  }
  const text = jsonTextProblems(raw, maxJsonDepth);
  // A value nested too deep is not walked any further, not even by the schema validator.
  const problems = text.tooDeep ? text.problems : [...text.problems, ...validateRecord(value)];
  return { line, raw, record: problems.length === 0 ? (value as ArchiveRecord) : null, problems };
}

function invalid(line: number, raw: string, message: string): RecordLine {
  return { line, raw, record: null, problems: [{ path: '$', message }] };
}
