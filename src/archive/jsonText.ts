import type { SchemaProblem } from './schemaValidation.js';

/**
 * What JSON.parse accepts but this registry cannot keep as written, found in the record's text before it is
 * parsed into anything else:
 * - nesting deeper than `maxDepth` (every recursive walk of the value, the content digest's among them, would
 *   otherwise overflow the stack near 3,000 levels);
 * - the character U+0000 (`\u0000`), which PostgreSQL refuses in text and jsonb (22021) while SQLite keeps
 *   it: refused on both, so both databases behave alike;
 * - numbers a double cannot hold exactly: `1e400` would become null, `1e-400` zero, a 39-digit integer would
 *   lose digits. A number is kept when the shortest decimal of its double denotes the same value as the text.
 * One linear pass: strings are skipped with indexOf, so a line of megabytes costs about as much as reading it.
 * Problems are data (path `$`, the message quoting the offending text); the first few of each kind are kept.
 */
export function jsonTextProblems(text: string, maxDepth: number): { problems: SchemaProblem[]; tooDeep: boolean } {
  const problems: SchemaProblem[] = [];
  let depth = 0;
  let inexact = 0;
  let nul = false;
  // Where the next `\u0000` starts: searched again only once the scan has passed it, so the whole text is
  // searched once in all (searching from every string to the end would be quadratic).
  let nextNul = text.indexOf(NUL_ESCAPE);
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      while (nextNul !== -1 && nextNul < i) nextNul = text.indexOf(NUL_ESCAPE, nextNul + 1);
      let escapedNul = false;
      while (nextNul !== -1 && nextNul < end) {
        if (!nul && isEscape(text, nextNul)) escapedNul = true;
        nextNul = text.indexOf(NUL_ESCAPE, nextNul + 1);
      }
      if (escapedNul) {
        nul = true;
        problems.push({ path: '$', message: 'contains the character U+0000 (\\u0000), which this registry does not store' });
      }
      i = end + 1;
      continue;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth += 1;
      if (depth > maxDepth) {
        problems.push({ path: '$', message: `nests deeper than ${maxDepth} levels (the limit maxJsonDepth)` });
        return { problems, tooDeep: true };
      }
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth -= 1;
    } else if (c === MINUS || (c >= DIGIT_0 && c <= DIGIT_9)) {
      let end = i + 1;
      while (end < text.length && isNumberChar(text.charCodeAt(end))) end += 1;
      const token = text.slice(i, end);
      if (inexact < MAX_NUMBER_PROBLEMS && !keptExactly(token)) {
        inexact += 1;
        problems.push({ path: '$', message: `holds the number ${clip(token)}, which cannot be kept exactly (${lossOf(token)})` });
      }
      i = end;
      continue;
    }
    i += 1;
  }
  return { problems, tooDeep: false };
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const MINUS = 0x2d;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const MAX_NUMBER_PROBLEMS = 5;

/** Index of the quote closing the string opened at `start` (the text is valid JSON: there is one). */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  while (end !== -1) {
    let backslashes = 0;
    for (let k = end - 1; text.charCodeAt(k) === BACKSLASH; k--) backslashes += 1;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
  return text.length;
}

const NUL_ESCAPE = '\\u0000';

/** Whether the backslash at `at` starts an escape (is not itself escaped by an odd run before it). */
function isEscape(text: string, at: number): boolean {
  let backslashes = 0;
  for (let k = at; text.charCodeAt(k) === BACKSLASH; k--) backslashes += 1;
  return backslashes % 2 === 1;
}

function isNumberChar(c: number): boolean {
  return (c >= DIGIT_0 && c <= DIGIT_9) || c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === MINUS;
}

/** Whether the double the token parses to denotes the very value the token writes. */
export function keptExactly(token: string): boolean {
  const value = Number(token);
  if (!Number.isFinite(value)) return false;
  return sameDecimal(decimalOf(token), decimalOf(String(value)));
}

function lossOf(token: string): string {
  const value = Number(token);
  if (!Number.isFinite(value)) return 'it is beyond the range of a double and would become null';
  if (value === 0) return 'it would become 0';
  return `it would become ${String(value)}`;
}

function clip(token: string): string {
  return token.length > 40 ? `${token.slice(0, 40)}…` : token;
}

interface Decimal {
  negative: boolean;
  /** Significant digits without leading or trailing zeros; '' for zero. */
  digits: string;
  /** The value is 0.digits × 10^exponent. */
  exponent: number;
}

/** A JSON number's text (or String(number)) as sign, significant digits and exponent. */
function decimalOf(text: string): Decimal {
  const match = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) return { negative: false, digits: 'NaN', exponent: 0 };
  const [, sign, whole = '', fraction = '', exp = '0'] = match;
  const all = whole + fraction;
  const leading = all.length - all.replace(/^0+/, '').length;
  const digits = all.slice(leading).replace(/0+$/, '');
  const exponent = Number(exp) + whole.length - leading;
  return { negative: sign === '-' && digits !== '', digits, exponent: digits === '' ? 0 : exponent };
}

function sameDecimal(a: Decimal, b: Decimal): boolean {
  return a.negative === b.negative && a.digits === b.digits && a.exponent === b.exponent;
}

/** Control characters written as escapes, so a message quoting hostile text stays storable and readable. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
