import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Removes the files of `directory` named `*<suffix>` that were last written before `olderThanMs` (epoch ms);
 * returns how many. A missing directory holds nothing. Sweepers use it for files a crash left behind.
 */
export async function removeStaleFiles(directory: string, suffix: string, olderThanMs: number): Promise<number> {
  const names = await readdir(directory).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names.filter((n) => n.endsWith(suffix))) {
    const file = path.join(directory, name);
    const info = await stat(file).catch(() => null);
    if (info && info.mtimeMs < olderThanMs) {
      await rm(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}
