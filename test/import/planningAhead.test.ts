import { describe, expect, it } from 'vitest';
import { ImportPlans } from '../../src/import/plans/importPlans.js';

/** A warm-up whose planning ends when the test says so. */
function heldWarmup(plans: ImportPlans, stagedImportId: string): { end: () => void } {
  let end!: () => void;
  const planned = new Promise<void>((resolve) => (end = resolve));
  plans.warm(stagedImportId, () => planned, () => undefined);
  return { end };
}

describe('planning ahead, as a promotion’s source polls it (stagedImport.planningAhead)', () => {
  it('says a staged import is being planned ahead from its warm-up’s queuing to its end, and only that one', async () => {
    const plans = new ImportPlans();
    const first = heldWarmup(plans, 'first');
    heldWarmup(plans, 'queued behind it');
    expect([plans.warmingUp('first'), plans.warmingUp('queued behind it'), plans.warmingUp('never staged')]).toEqual([true, true, false]);
    first.end();
    await plans.warmupDone('first');
    expect([plans.warmingUp('first'), plans.warmingUp('queued behind it')]).toEqual([false, true]);
  });

  it('stops saying so when the warm-up fails, so the poller asks for the preview (which plans again)', async () => {
    const plans = new ImportPlans();
    plans.warm('failing', () => Promise.reject(new Error('the registry went away')), () => undefined);
    await plans.warmupDone('failing');
    expect(plans.warmingUp('failing')).toBe(false);
  });
});
