import { ObjectKind } from '../../domain/objectKind.js';
import { invariant } from './invariant.js';

/** The kinds, in a fixed order: a kind is stored as its position. */
const KINDS = Object.values(ObjectKind) as ObjectKind[];
const KIND_CODE = new Map(KINDS.map((kind, i) => [kind, i]));

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

/** An IdentityTable as arrays (IdentityTable.toParts). */
export interface IdentityParts {
  count: number;
  /** Each object's UUID as 16 bytes (four words). */
  words: Uint32Array;
  /** The hash table of indexes (a power of two long). */
  slots: Int32Array;
  kinds: Uint8Array;
  nameBytes: Uint8Array;
  nameEnds: Uint32Array;
  /** The objects whose UUID is not canonical: index and spelling. */
  spelled: [number, string][];
}

/** Unused hash slot. */
const EMPTY = -1;

/**
 * The identity of every staged object, by archive index: UUID, kind and name, for a million objects in a few
 * dozen megabytes. A canonical UUID is 16 bytes in one typed array and found through an open-addressing hash of
 * indexes; a name is UTF-8 in one byte arena. As JavaScript strings in a Map, the same took about 200 bytes an
 * object, and that was most of what planning a large import held between its passes. Any other UUID spelling is
 * kept as a string (archives may spell a UUID as `uddi:<uuid>` or in upper case: it is kept exactly as given).
 */
export class IdentityTable {
  private count = 0;
  private readonly words: Uint32Array;
  private readonly bytes: Uint8Array;
  /** Index of each hash slot's object, or EMPTY; a power of two, at most half full. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Objects whose UUID is not canonical: their spelling, by index and by UUID. */
  private readonly spelled = new Map<number, string>();
  private readonly spelledIndex = new Map<string, number>();
  private readonly kinds: Uint8Array;
  private nameBytes: Uint8Array;
  private readonly nameEnds: Uint32Array;

  /** Empty, for `capacity` objects; or, with `parts`, the table they describe (IdentityTable.fromParts). */
  constructor(
    readonly capacity: number,
    parts?: IdentityParts,
  ) {
    if (parts) {
      this.words = parts.words;
      this.slots = parts.slots;
      this.kinds = parts.kinds;
      this.nameBytes = parts.nameBytes;
      this.nameEnds = parts.nameEnds;
      for (const [i, uuid] of parts.spelled) {
        this.spelled.set(i, uuid);
        this.spelledIndex.set(uuid, i);
      }
      this.count = parts.count;
    } else {
      this.words = new Uint32Array(capacity * 4);
      let size = 16;
      while (size < capacity * 2) size *= 2;
      this.slots = new Int32Array(size).fill(EMPTY);
      this.kinds = new Uint8Array(capacity);
      this.nameBytes = new Uint8Array(Math.max(1024, capacity * 16));
      this.nameEnds = new Uint32Array(capacity);
    }
    this.bytes = new Uint8Array(this.words.buffer, this.words.byteOffset, this.words.byteLength);
    this.mask = this.slots.length - 1;
  }

  get size(): number {
    return this.count;
  }

  /** What it holds, as arrays (kept with the pass A facts): fromParts makes the same table again. */
  toParts(): IdentityParts {
    const used = this.count === 0 ? 0 : this.nameEnds[this.count - 1]!;
    return {
      count: this.count,
      words: this.words.subarray(0, this.count * 4),
      slots: this.slots,
      kinds: this.kinds.subarray(0, this.count),
      nameBytes: this.nameBytes.subarray(0, used),
      nameEnds: this.nameEnds.subarray(0, this.count),
      spelled: [...this.spelled],
    };
  }

  /** The table `toParts` described (its arrays are taken, not copied). */
  static fromParts(parts: IdentityParts): IdentityTable {
    return new IdentityTable(parts.count, parts);
  }

  /** Adds the next object in archive order; returns its index. */
  add(uuid: string, kind: ObjectKind, name: string): number {
    const i = this.count;
    invariant(i < this.capacity, `more staged objects than the ${this.capacity} announced`);
    invariant(this.index(uuid) === undefined, `duplicate staged UUID ${uuid}`);
    if (parseCanonical(uuid, this.bytes, i * 16)) {
      let slot = this.hashOf(i * 4);
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & this.mask;
      this.slots[slot] = i;
    } else {
      this.spelled.set(i, uuid);
      this.spelledIndex.set(uuid, i);
    }
    this.kinds[i] = KIND_CODE.get(kind)!;
    this.appendName(i, name);
    this.count = i + 1;
    return i;
  }

  index(uuid: string): number | undefined {
    if (!parseCanonical(uuid, probeBytes, 0)) return this.spelledIndex.get(uuid);
    for (let slot = this.hashOf(0, probe); ; slot = (slot + 1) & this.mask) {
      const i = this.slots[slot]!;
      if (i === EMPTY) return undefined;
      const at = i * 4;
      const w = this.words;
      if (w[at] === probe[0] && w[at + 1] === probe[1] && w[at + 2] === probe[2] && w[at + 3] === probe[3]) return i;
    }
  }

  uuid(i: number): string {
    const spelled = this.spelled.get(i);
    if (spelled !== undefined) return spelled;
    let text = '';
    for (let b = 0; b < 16; b++) {
      if (b === 4 || b === 6 || b === 8 || b === 10) text += '-';
      text += HEX[this.bytes[i * 16 + b]!];
    }
    return text;
  }

  kind(i: number): ObjectKind {
    return KINDS[this.kinds[i]!]!;
  }

  name(i: number): string {
    const start = i === 0 ? 0 : this.nameEnds[i - 1]!;
    return fromUtf8.decode(this.nameBytes.subarray(start, this.nameEnds[i]!));
  }

  private appendName(i: number, name: string): void {
    const start = i === 0 ? 0 : this.nameEnds[i - 1]!;
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    const needed = start + name.length * 3;
    if (needed > this.nameBytes.length) {
      const grown = new Uint8Array(Math.max(needed, Math.ceil(this.nameBytes.length * 1.5)));
      grown.set(this.nameBytes.subarray(0, start));
      this.nameBytes = grown;
    }
    const { written } = utf8.encodeInto(name, this.nameBytes.subarray(start));
    this.nameEnds[i] = start + written;
  }

  private hashOf(at: number, words: Uint32Array = this.words): number {
    // UUIDs made by tests or tools are often sequential, not random: mix all four words.
    let h = Math.imul(words[at]! ^ 0x9e3779b9, 0x85ebca6b);
    h = Math.imul(h ^ words[at + 1]! ^ (h >>> 13), 0xc2b2ae35);
    h = Math.imul(h ^ words[at + 2]! ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ words[at + 3]! ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) & this.mask;
  }
}

/** Scratch words of a UUID being looked up. */
const probe = new Uint32Array(4);
const probeBytes = new Uint8Array(probe.buffer);

/**
 * Writes the 16 bytes of a plain lower-case UUID, the spelling nearly every object has, at `bytes[at]` (read as
 * four words when hashed and compared) and returns true; returns false for any other spelling (upper case,
 * `uddi:`), which is kept as text.
 */
function parseCanonical(uuid: string, bytes: Uint8Array, at: number): boolean {
  if (uuid.length !== 36) return false;
  let b = at;
  for (let c = 0; c < 36; c += 2) {
    if (c === 8 || c === 13 || c === 18 || c === 23) {
      if (uuid.charCodeAt(c) !== 45) return false;
      c++;
    }
    const high = hexValue(uuid.charCodeAt(c));
    const low = hexValue(uuid.charCodeAt(c + 1));
    if (high < 0 || low < 0) return false;
    bytes[b++] = (high << 4) | low;
  }
  return true;
}

/** A lower-case hex digit's value, or -1. */
function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}
