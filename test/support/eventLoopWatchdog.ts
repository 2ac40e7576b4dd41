/**
 * Measures the longest event-loop stall of this process (test registries run in it) with a timer that should
 * fire every `resolutionMs`: a late tick is a stall. A stall is counted as far as the process was on a CPU during
 * it (the smaller of the gap and the CPU time the process used meanwhile): work that blocks the loop burns CPU,
 * while a machine busy with other processes only delays the tick, and must not fail a suite on a loaded machine.
 * `lap(name)` closes a stretch (one test), so a failure names the stretch that stalled longest; `WATCHDOG_LOG=1`
 * prints every stretch's stall over 50 ms.
 */
export class EventLoopWatchdog {
  private timer: NodeJS.Timeout | null = null;
  private lapMax = 0;
  /** Called by the next tick: what `ticks` waits on. */
  private onTick: (() => void) | null = null;
  private worst = { ms: 0, name: '(none)' };
  /** The longest stall of each stretch, by name (the largest when a name closes several). */
  readonly laps = new Map<string, number>();

  start(resolutionMs = 10): void {
    let wall = performance.now();
    let cpu = process.cpuUsage();
    const tick = () => {
      const nowWall = performance.now();
      const nowCpu = process.cpuUsage();
      const gap = nowWall - wall - resolutionMs;
      const used = (nowCpu.user - cpu.user + nowCpu.system - cpu.system) / 1000;
      this.lapMax = Math.max(this.lapMax, Math.min(gap, used));
      wall = nowWall;
      cpu = nowCpu;
      this.timer = setTimeout(tick, resolutionMs);
      const waiting = this.onTick;
      this.onTick = null;
      waiting?.();
    };
    this.timer = setTimeout(tick, resolutionMs);
  }

  /** Resolves once the watchdog has looked `count` times more: whatever stalled before is then measured. */
  async ticks(count = 1): Promise<void> {
    for (let i = 0; i < count; i++) await new Promise<void>((resolve) => (this.onTick = resolve));
  }

  /** Ends the stretch called `name`: its longest stall counts towards the worst. */
  lap(name: string): void {
    const ms = this.lapMax;
    this.lapMax = 0;
    if (process.env.WATCHDOG_LOG && ms > 50) console.log(`stall ${ms.toFixed(0)} ms in ${name}`);
    if (ms > this.worst.ms) this.worst = { ms, name };
    this.laps.set(name, Math.max(this.laps.get(name) ?? 0, ms));
  }

  /** Stops measuring: the longest stall seen (milliseconds) and the stretch it was in. */
  stop(name = '(last)'): { ms: number; name: string } {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.lap(name);
    return this.worst;
  }
}
