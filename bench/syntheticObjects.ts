import { randomUUID } from 'node:crypto';

/*
 * Deterministic synthetic content: attributes of a fixed size made of varied words (so they compress like real
 * text, not like a run of one letter), and references to pseudo-random other objects.
 */

const WORDS = (
  'service endpoint order payment customer invoice gateway routing policy token latency region replica ' +
  'catalog schema version contract consumer provider retry timeout audit ledger shipment inventory quota ' +
  'tenant cluster partition index cache session checkout refund ticket metric alert deploy release'
).split(' ');

/** A small seeded PRNG (mulberry32): the same seed gives the same content in every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Attributes whose JSON is about `bytes` long: an endpoint, a tier and a note of words. */
export function syntheticAttributes(index: number, bytes: number, random: () => number): Record<string, unknown> {
  const words: string[] = [];
  let length = 0;
  const budget = Math.max(0, bytes - 80);
  while (length < budget) {
    const word = WORDS[Math.floor(random() * WORDS.length)]!;
    words.push(word);
    length += word.length + 1;
  }
  return { endpoint: `https://svc-${index}.example.test/api`, tier: index % 5, notes: words.join(' ') };
}

/** UUIDs for `count` objects, made up front so references can point anywhere. */
export function objectUuids(count: number): string[] {
  return Array.from({ length: count }, () => randomUUID());
}

/** `perObject` distinct targets other than `index`, chosen pseudo-randomly among `uuids`. */
export function referenceTargets(uuids: readonly string[], index: number, perObject: number, random: () => number): string[] {
  const targets = new Set<string>();
  while (targets.size < Math.min(perObject, uuids.length - 1)) {
    const candidate = Math.floor(random() * uuids.length);
    if (candidate !== index) targets.add(uuids[candidate]!);
  }
  return [...targets];
}

export const REFERENCE_NAMES = ['uses', 'dependsOn', 'calls', 'notifies'];
