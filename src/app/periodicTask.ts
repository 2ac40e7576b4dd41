import type { Logger } from '../logger.js';

export interface PeriodicTask {
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Runs `run` at once (unless `atOnce` is false: the caller has just run it) and then every `intervalMs`, never two
 * runs at a time. The timer is unref'd, so it never
 * keeps the process alive. What a run removed is logged when it removed anything (its counts, all zero
 * otherwise); a failure is logged and retried at the next tick.
 */
export function startPeriodicTask(
  logger: Logger,
  what: string,
  intervalMs: number,
  run: () => Promise<Record<string, number>>,
  { atOnce = true }: { atOnce?: boolean } = {},
): PeriodicTask {
  let running: Promise<void> | null = null;
  const tick = () => {
    running ??= run()
      .then(
        (counts) => {
          if (Object.values(counts).some((n) => n > 0)) logger.info(counts, what);
        },
        (err: unknown) => logger.warn({ err }, `${what}: failed, retrying later`),
      )
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  if (atOnce) tick();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
