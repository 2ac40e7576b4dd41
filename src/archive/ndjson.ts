import { ArchiveError } from './archiveError.js';
import { OBJECTS_ENTRY, type ArchiveRecord } from './record.js';

const NEWLINE = 0x0a;
/** Lines are batched into chunks of about this size: one write per record would cost more than the JSON. */
const CHUNK_BYTES = 64 * 1024;

/**
 * objects.ndjson as a stream of byte chunks: one JSON document per record, each followed by '\n'. Pulls one
 * record at a time from `records` (so backpressure reaches the source) and calls `onRecord` for each.
 */
export async function* encodeNdjson(
  records: AsyncIterable<ArchiveRecord>,
  onRecord: (record: ArchiveRecord) => void,
): AsyncGenerator<Buffer> {
  let pending: string[] = [];
  let pendingLength = 0;
  for await (const record of records) {
    onRecord(record);
    const line = `${JSON.stringify(record)}\n`;
    pending.push(line);
    pendingLength += line.length;
    if (pendingLength >= CHUNK_BYTES) {
      yield Buffer.from(pending.join(''), 'utf8');
      pending = [];
      pendingLength = 0;
    }
  }
  if (pending.length > 0) yield Buffer.from(pending.join(''), 'utf8');
}

/** One line of an NDJSON byte stream, without its '\n'; `line` is 1-based. */
export interface NdjsonLine {
  line: number;
  bytes: Buffer;
}

/**
 * Splits a byte stream into lines. A final line without '\n' is still a line; the empty string after a final
 * '\n' is not. A line longer than `maxLineBytes` fails with ARCHIVE_LIMIT_EXCEEDED (maxRecordBytes) before it
 * is buffered whole, so one endless line cannot exhaust memory.
 */
export async function* splitNdjsonLines(
  chunks: AsyncIterable<Buffer>,
  maxLineBytes: number,
): AsyncGenerator<NdjsonLine> {
  let parts: Buffer[] = [];
  let partsLength = 0;
  let line = 0;
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      const piece = chunk.subarray(start, end);
      checkLength(partsLength + piece.length, maxLineBytes, line + 1);
      line += 1;
      yield { line, bytes: parts.length === 0 ? piece : Buffer.concat([...parts, piece]) };
      parts = [];
      partsLength = 0;
      start = end + 1;
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      checkLength(partsLength + rest.length, maxLineBytes, line + 1);
      parts.push(rest);
      partsLength += rest.length;
    }
  }
  if (partsLength > 0) yield { line: line + 1, bytes: Buffer.concat(parts) };
}

function checkLength(length: number, maxLineBytes: number, line: number): void {
  if (length > maxLineBytes) {
    throw ArchiveError.limitExceeded('maxRecordBytes', maxLineBytes, length, `${OBJECTS_ENTRY} line ${line}`);
  }
}
