import { printable } from '../../archive/jsonText.js';
import type { SchemaProblem } from '../../archive/schemaValidation.js';

/** One problem of one record: its 1-based line in objects.ndjson, the JSON path within it, and what is wrong. */
export interface RecordProblem {
  line: number;
  path: string;
  message: string;
}

/** A staged import keeps this many problems; beyond it only the count grows, so a broken archive stays small. */
export const MAX_KEPT_PROBLEMS = 1000;

/**
 * Collects record problems as data while records stream past: the first MAX_KEPT_PROBLEMS by line, and the
 * count of all of them. Problems may arrive from several passes (schema, then duplicates); `kept` merges them
 * back into line order.
 */
export class ProblemReport {
  private problems: RecordProblem[] = [];
  private total = 0;

  /** Adds the problems of the record at `line`. */
  add(line: number, problems: readonly SchemaProblem[]): void {
    this.total += problems.length;
    for (const { path, message } of problems) {
      // A path names the record's own keys, which may hold any character: stored, it must suit both databases.
      if (this.problems.length < MAX_KEPT_PROBLEMS) this.problems.push({ line, path: printable(path), message: printable(message) });
    }
  }

  /** Adds problems found by another pass: `found` (first ones by line) out of `count` in all. */
  merge(found: readonly RecordProblem[], count: number): void {
    this.total += count;
    this.problems = [...this.problems, ...found].sort((a, b) => a.line - b.line).slice(0, MAX_KEPT_PROBLEMS);
  }

  get kept(): RecordProblem[] {
    return this.problems;
  }

  get count(): number {
    return this.total;
  }
}
