import { describe, expect, it } from 'vitest';
import { EventLoopWatchdog } from '../support/eventLoopWatchdog.js';

/** Holds the loop until this process has spent `ms` of CPU time: a stall of known size, however loaded the machine. */
function block(ms: number): void {
  const start = process.cpuUsage();
  for (;;) {
    const used = process.cpuUsage(start);
    if ((used.user + used.system) / 1000 >= ms) return;
  }
}

describe('the event-loop watchdog', () => {
  it('measures a synchronous block as a stall and names the stretch it was in', async () => {
    const watchdog = new EventLoopWatchdog();
    watchdog.start();
    await watchdog.ticks();
    watchdog.lap('quiet');
    block(250);
    await watchdog.ticks();
    watchdog.lap('blocking');
    const worst = watchdog.stop();
    expect(worst.name).toBe('blocking');
    expect(worst.ms).toBeGreaterThanOrEqual(200);
  });

  it('does not count waiting as a stall', async () => {
    const watchdog = new EventLoopWatchdog();
    watchdog.start();
    await watchdog.ticks(30); // the loop idles between its looks, 10 ms apart
    expect(watchdog.stop().ms).toBeLessThan(200);
  });
});
