/**
 * How much work a policy condition may ask for. JsonLogic is data, but its evaluation costs what its shape says:
 * every node is visited for every object a policy fires on (up to every asset of a 100k-object import), and an
 * iterating operation (map, filter, ...) repeats its body over an array the subject supplies. A condition is
 * bounded when it is created, updated or imported (docs/security.md, "Limits"):
 * - `maxConditionDepth`: levels of JSON nesting (an operation inside another's argument list takes two);
 * - `maxConditionNodes`: values in all (operations, arguments, array items);
 * - `maxConditionChars`: characters of its strings and keys together;
 * - `maxIterationNesting`: an iterating operation inside another's arguments (its cost would be the product of
 *   two arrays' lengths).
 */
export const CONDITION_LIMITS = {
  maxConditionDepth: 32,
  maxConditionNodes: 500,
  maxConditionChars: 16_384,
  maxIterationNesting: 1,
} as const;

export type ConditionLimit = keyof typeof CONDITION_LIMITS;

/** What makes a condition too complex: the limit it breaks, that limit's value, and a sentence saying so. */
export interface ConditionTooComplex {
  limit: ConditionLimit;
  value: number;
  message: string;
}

/** JsonLogic operations that evaluate an argument once per item of an array. */
const ITERATING = new Set(['map', 'filter', 'reduce', 'all', 'some', 'none']);

const refusal = (limit: ConditionLimit, what: string): ConditionTooComplex => ({
  limit,
  value: CONDITION_LIMITS[limit],
  message: `${what} (the limit ${limit} is ${CONDITION_LIMITS[limit]})`,
});

/**
 * The first limit `condition` breaks, or null. Walks it without recursion and stops at the first limit broken, so
 * the check costs at most the limits, whatever the condition's size.
 */
export function conditionTooComplex(condition: unknown): ConditionTooComplex | null {
  const stack: { value: unknown; depth: number; iterations: number }[] = [{ value: condition, depth: 1, iterations: 0 }];
  let nodes = 0;
  let chars = 0;
  while (stack.length > 0) {
    const { value, depth, iterations } = stack.pop()!;
    if (++nodes > CONDITION_LIMITS.maxConditionNodes) return refusal('maxConditionNodes', `has more than ${CONDITION_LIMITS.maxConditionNodes} values`);
    if (depth > CONDITION_LIMITS.maxConditionDepth) return refusal('maxConditionDepth', `nests deeper than ${CONDITION_LIMITS.maxConditionDepth} levels`);
    if (typeof value === 'string') chars += value.length;
    if (value === null || typeof value !== 'object') {
      if (chars > CONDITION_LIMITS.maxConditionChars) return refusal('maxConditionChars', `holds more than ${CONDITION_LIMITS.maxConditionChars} characters`);
      continue;
    }
    const keys = Array.isArray(value) ? null : Object.keys(value);
    // Counted before they are listed: a condition of a million items costs no more than one of the limit's size.
    if (nodes + stack.length + (keys?.length ?? (value as unknown[]).length) > CONDITION_LIMITS.maxConditionNodes) {
      return refusal('maxConditionNodes', `has more than ${CONDITION_LIMITS.maxConditionNodes} values`);
    }
    const entries = keys ? keys.map((key) => [key, (value as Record<string, unknown>)[key]] as const) : (value as unknown[]).map((item) => ['', item] as const);
    for (const [key, item] of entries) {
      chars += key.length;
      const nested = iterations + (ITERATING.has(key) ? 1 : 0);
      if (nested > CONDITION_LIMITS.maxIterationNesting) {
        return refusal('maxIterationNesting', `nests an iterating operation (${[...ITERATING].join(', ')}) inside another`);
      }
      stack.push({ value: item, depth: depth + 1, iterations: nested });
    }
    if (chars > CONDITION_LIMITS.maxConditionChars) return refusal('maxConditionChars', `holds more than ${CONDITION_LIMITS.maxConditionChars} characters`);
  }
  return null;
}

/**
 * How many values a condition holds, counted up to one past maxConditionNodes (a condition stored before the
 * bounds may hold more): what evaluating it once costs, in units of a value visited.
 */
export function conditionNodes(condition: unknown): number {
  const cap = CONDITION_LIMITS.maxConditionNodes + 1;
  const stack: unknown[] = [condition];
  let nodes = 0;
  while (stack.length > 0 && nodes < cap) {
    const value = stack.pop();
    nodes++;
    if (value === null || typeof value !== 'object') continue;
    const items = Array.isArray(value) ? value : Object.values(value);
    for (let i = 0; i < items.length && nodes + stack.length < cap; i++) stack.push(items[i]);
  }
  return Math.min(nodes + stack.length, cap);
}
