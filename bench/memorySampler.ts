/** Samples the resident set size while work runs, to report its peak. */
export class MemorySampler {
  private peak = 0;
  private timer: NodeJS.Timeout | null = null;
  /** The resident set size last traced (BENCH_MEMORY_TRACE). */
  private traced = 0;

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
    const rss = process.memoryUsage.rss();
    if (TRACE && rss > this.traced + TRACE_STEP) this.traced = trace(rss);
    this.peak = Math.max(this.peak, rss);
  }
}

/**
 * BENCH_MEMORY_TRACE=1: every time the peak grows by TRACE_STEP, the process's memory by part goes to standard
 * error (the steps' results go to standard output): what a peak is made of, V8's heap or memory outside it
 * (typed arrays, the database's page cache).
 */
const TRACE = Boolean(process.env.BENCH_MEMORY_TRACE);
const TRACE_STEP = 16 * 1024 * 1024;

function trace(rss: number): number {
  const { heapTotal, heapUsed, external, arrayBuffers } = process.memoryUsage();
  const mib = (bytes: number) => (bytes / MIB).toFixed(0);
  process.stderr.write(
    `[memory] rss ${mib(rss)} heap ${mib(heapUsed)}/${mib(heapTotal)} external ${mib(external)} (array buffers ${mib(arrayBuffers)}) MiB\n`,
  );
  return rss;
}

/** Runs a full collection when node was started with --expose-gc, so a measurement starts from a clean heap. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export const MIB = 1024 * 1024;
