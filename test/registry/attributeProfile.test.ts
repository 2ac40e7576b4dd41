import { describe, expect, it } from 'vitest';
import { AttributeType } from '../../src/domain/objectKind.js';
import { Problems } from '../../src/registry/validation/problems.js';
import { attributeProfile, checkAttributes } from '../../src/registry/validation/kindValidators.js';

/** Whether `value`, as attribute `when` of an asset, passes as a DATE. */
function passesAsDate(value: string): boolean {
  const problems = new Problems();
  checkAttributes(attributeProfile({ when: value }), [{ name: 'when', type: AttributeType.DATE, required: true }], problems);
  return problems.empty;
}

describe('an attribute value as a DATE', () => {
  it('passes exactly where Date.parse reads a date, in ISO and in the formats its legacy parser accepts', () => {
    const values = ['2026-12-03', '2026-12-03T10:15:00Z', '2026-12-03T10:15:00.123+01:00', 'Dec 3, 2026', 'Thu, 03 Dec 2026 10:15:00 GMT', '12/03/2026', 'release notes 2026', 'not 1 date', '2026-13-45', 'v2'];
    expect(values.map(passesAsDate)).toEqual(values.map((v) => !Number.isNaN(Date.parse(v))));
  });

  it('fails for text without a digit, however long, as Date.parse does', () => {
    const values = ['', 'now', 'today', 'Thursday December', 'Jan Feb Mar GMT', 'service endpoint order payment '.repeat(40), '٣ Jan ٢٠٢٦', '３ Dec ２０２６'];
    expect(values.map(passesAsDate)).toEqual(values.map(() => false));
    expect(values.map((v) => Number.isNaN(Date.parse(v)))).toEqual(values.map(() => true));
  });
});
