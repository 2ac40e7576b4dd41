import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REASON_CODE_DOCS, withReasonCodeTable } from '../../src/import/planner/reasonCodeDocs.js';
import { ReasonCode } from '../../src/import/planner/reasonCodes.js';

const plannerDir = path.resolve('src/import/planner');
const camel = (code: string) => code.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

describe('reason code docs', () => {
  it('document every reason code the planner gives, with an example its own builder writes', () => {
    expect(Object.keys(REASON_CODE_DOCS)).toEqual(Object.values(ReasonCode));
    for (const [code, doc] of Object.entries(REASON_CODE_DOCS)) expect(doc.example().code).toBe(code);
  });

  it('name the rule file that gives each code', () => {
    for (const [code, doc] of Object.entries(REASON_CODE_DOCS)) {
      const source = readFileSync(path.join(plannerDir, doc.rule), 'utf8');
      expect(source, `${doc.rule} gives ${code}`).toContain(`Reasons.${camel(code)}(`);
    }
  });

  it('docs/import.md holds the current table (npm run docs:reasons writes it)', () => {
    const document = readFileSync(path.resolve('docs/import.md'), 'utf8');
    expect(document).toBe(withReasonCodeTable(document));
  });
});
