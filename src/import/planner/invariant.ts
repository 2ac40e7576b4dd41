/** Guards states the planner's contract rules out (a caller bug, not a user problem): fail loudly. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Planner invariant violated: ${message}`);
}
