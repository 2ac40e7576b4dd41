/** Samples the resident set size while work runs, to report its peak. */
export class MemorySampler {
  private peak = 0;
  private timer: NodeJS.Timeout | null = null;

  /** Starts sampling the resident set size (process.memoryUsage.rss(), which reads only that) every `intervalMs`. */
  start(intervalMs = 50): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
    return this;
  }

  /** Stops sampling and returns the peak RSS in bytes (sampled once more at the end). */
  stop(): number {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.sample();
    return this.peak;
  }

  private sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage.rss());
  }
}

/** Runs a full collection when node was started with --expose-gc, so a measurement starts from a clean heap. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export const MIB = 1024 * 1024;
