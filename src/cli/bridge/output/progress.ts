import cliProgress from 'cli-progress';
import type { Terminal } from './terminal.js';

/** One bar on stderr; every method does nothing when stderr is not a terminal. */
export interface ProgressBar {
  update(value: number, payload?: Record<string, string>): void;
  setTotal(total: number): void;
  stop(): void;
}

const NONE: ProgressBar = { update() {}, setTotal() {}, stop() {} };

/** 812 B, 7.4 KiB, 12.0 MiB, 1.9 GiB. */
function size(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/**
 * The bars registry-bridge shows while it works: bytes moved, an open-ended wait (planning, staging), and a
 * commit's phase with its objects done. Only on a terminal: in a pipeline's log a bar is noise, and stdout
 * (which --json owns) never carries one.
 */
export class Progress {
  constructor(private readonly terminal: Terminal) {}

  /** Bytes of a transfer: "label [████░░] 42% 12.0 MiB of 28.5 MiB". */
  bytes(label: string, total: number): ProgressBar {
    return this.bar(total, (_options, params) => {
      const pct = params.total ? Math.floor((params.value / params.total) * 100) : 0;
      return `${label} ${this.bar20(params.progress)} ${pct}% ${size(params.value)} of ${size(params.total)}`;
    });
  }

  /** A wait whose length is unknown (the registry plans, or stages what it received): "label… 12s". */
  waiting(label: string): ProgressBar {
    return this.bar(1, (_options, params) => `${label}… ${Math.round((Date.now() - params.startTime) / 1000)}s`);
  }

  /** A remote operation (promotion, synchronization): "label: transferring 3/7". */
  operation(label: string): ProgressBar {
    return this.bar(1, (_options, params, payload: { phase?: string }) => {
      const phase = (payload.phase ?? 'starting').toLowerCase().replaceAll('_', ' ');
      return `${label}: ${phase} ${params.value}/${params.total}`;
    });
  }

  /** A commit: its phase, objects done of total. */
  commit(total: number): ProgressBar {
    return this.bar(total, (_options, params, payload: { phase?: string }) => {
      const phase = (payload.phase ?? 'PLANNING').toLowerCase();
      const counted = phase === 'recording' || phase === 'writing';
      const detail = counted ? `${this.bar20(params.progress)} ${params.value}/${params.total} objects` : '';
      return `Committing: ${phase} ${detail}`.trimEnd();
    });
  }

  private bar(
    total: number,
    format: (options: cliProgress.Options, params: cliProgress.Params, payload: Record<string, string>) => string,
  ): ProgressBar {
    if (!this.terminal.progressEnabled) return NONE;
    const bar = new cliProgress.SingleBar({
      stream: this.terminal.stderr,
      format,
      hideCursor: true,
      clearOnComplete: true,
      fps: 5,
    });
    bar.start(total, 0, {});
    return {
      update: (value, payload) => bar.update(value, payload ?? {}),
      setTotal: (t) => bar.setTotal(t),
      stop: () => bar.stop(),
    };
  }

  private bar20(progress: number): string {
    const filled = Math.round(Math.min(Math.max(progress, 0), 1) * 20);
    return `[${'█'.repeat(filled)}${'░'.repeat(20 - filled)}]`;
  }
}
