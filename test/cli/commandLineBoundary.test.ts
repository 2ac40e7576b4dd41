import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = path.resolve(import.meta.dirname, '../../src/cli');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('the command line’s boundary', () => {
  it('imports nothing of the service: it is a client of the GraphQL API, never a second way in', () => {
    const outside: string[] = [];
    for (const file of [...sources(path.join(CLI, 'bridge')), ...sources(path.join(CLI, 'generated'))]) {
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)) {
        const target = path.resolve(path.dirname(file), specifier!);
        const inside = [path.join(CLI, 'bridge'), path.join(CLI, 'generated')].some((dir) => target.startsWith(dir + path.sep));
        if (!inside) outside.push(`${path.relative(CLI, file)} → ${specifier}`);
      }
    }
    expect(sources(path.join(CLI, 'bridge')).length).toBeGreaterThan(20);
    expect(outside).toEqual([]);
  });
});
