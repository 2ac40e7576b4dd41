import { describe, expect, it } from 'vitest';
import { ReasonCode } from '../../src/import/planner/reasonCodes.js';
import { REASON_CODES } from '../../web/src/import/reasonCodes.js';

describe("the console's reason filter", () => {
  it('offers exactly the reason codes the planner gives', () => {
    expect([...REASON_CODES].sort()).toEqual(Object.values(ReasonCode).sort());
  });
});
