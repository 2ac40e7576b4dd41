import 'reflect-metadata';
import { isSupportedNode, SUPPORTED_NODE } from './app/nodeVersion.js';
import { startErrorLine } from './app/startErrors.js';
import { startRegistry, type RunningRegistry } from './app/startRegistry.js';
import { type Config, ConfigError, loadConfig } from './config.js';

/** A start that cannot succeed says why in one line on stderr (the variable, the fix) and exits 1. */
function fail(line: string): never {
  process.stderr.write(`registry-bridge: ${line}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  if (!isSupportedNode(process.versions.node)) {
    fail(`Node.js ${process.versions.node} is not supported: use Node.js ${SUPPORTED_NODE} (package.json "engines").`);
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
  // Before the start: a signal that arrives while the registry starts stops it once started, not half-way.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return; // a second signal while draining changes nothing; SIGKILL is the way to cut it short
    stopping = true;
    const running = await started;
    running.app.logger.info({ signal, graceSeconds: config.shutdownGraceMs / 1000 }, 'stopping: draining requests in flight');
    try {
      await running.stop();
      running.app.logger.info('stopped');
      process.exitCode = 0;
    } catch (err) {
      running.app.logger.error({ err }, 'stop failed');
      process.exitCode = 1;
    }
    // Logs are written synchronously (pino to stdout); nothing is left to flush.
    process.exit();
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  const started: Promise<RunningRegistry> = startRegistry(config).catch((err: unknown) => {
    const line = startErrorLine(err, config);
    if (line) fail(line);
    throw err;
  });
  await started;
}

main().catch((err) => {
  // Not a cause we can name: its message, one line; the stack is for a developer (LOG_LEVEL=debug).
  const message = err instanceof Error ? err.message : String(err);
  if (process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'trace') process.stderr.write(`${err instanceof Error ? err.stack : message}\n`);
  fail(`the registry failed to start: ${message.split('\n')[0]}`);
});
