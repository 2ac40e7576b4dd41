import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const WORKER = fileURLToPath(new URL('./benchWorker.js', import.meta.url));

/**
 * Runs a bench task (see benchWorker.ts) in a child node process and returns its JSON result. Preparation runs
 * there so that its memory never counts towards the peak RSS of what the parent measures.
 */
export function runChildTask<T>(task: string, args: object): Promise<T> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--expose-gc', WORKER, task, JSON.stringify(args)], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`bench task ${task} failed: ${error.message}\n${stderr}`));
      const last = stdout.trim().split('\n').at(-1) ?? '';
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`bench task ${task} printed no result: ${stdout}`));
      }
    });
  });
}
