import { ensureConsoleBuilt } from './support/consoleBuild.js';

/** Once per test run: the browser tests serve the console built from this tree. */
export default function setup(): void {
  ensureConsoleBuilt();
}
