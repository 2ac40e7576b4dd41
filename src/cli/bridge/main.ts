#!/usr/bin/env node
import { CommanderError } from 'commander';
import { buildProgram } from './program.js';

/*
 * registry-bridge: the command line for pipelines (package.json `bin`). Every command reports through
 * commandAction (exit code set, output written); commander's own exits (help, version, usage errors) arrive
 * here as CommanderError, already reported.
 */
// A reader that stops early (`registry-bridge history | head`) closes the pipe: end quietly, as cat does.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  if (!(error instanceof CommanderError)) throw error;
  process.exitCode = error.exitCode;
}
