import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

/**
 * Measures the longest event-loop stall of this process (test registries run in it): perf_hooks' delay histogram
 * samples every `resolutionMs`, and a stall shows as one long delay. `lap(name)` closes a stretch (one test) so
 * that a failure can name the stretch that stalled longest.
 */
export class EventLoopWatchdog {
  private histogram: IntervalHistogram | null = null;
  private worst = { ms: 0, name: '(none)' };

  start(resolutionMs = 10): void {
    this.histogram = monitorEventLoopDelay({ resolution: resolutionMs });
    this.histogram.enable();
  }

  /** Ends the stretch called `name`: its longest stall counts towards the worst. */
  lap(name: string): void {
    const histogram = this.histogram;
    if (!histogram) return;
    const ms = histogram.max / 1e6;
    if (process.env.WATCHDOG_LOG && ms > 50) console.log(`stall ${ms.toFixed(0)} ms in ${name}`);
    if (ms > this.worst.ms) this.worst = { ms, name };
    histogram.reset();
  }

  /** Stops measuring: the longest stall seen (milliseconds) and the stretch it was in. */
  stop(name = '(last)'): { ms: number; name: string } {
    this.lap(name);
    this.histogram?.disable();
    this.histogram = null;
    return this.worst;
  }
}
