import type { RequestHandler, Response } from 'express';
import { scopeOf } from './requestScope.js';

function unavailable(res: Response): void {
  const requestId = scopeOf(res)?.requestId;
  res
    .status(503)
    .set({ Connection: 'close', 'Retry-After': '5' })
    .json({
      errors: [
        {
          message: 'The registry is shutting down; retry shortly (another replica, or this one once restarted).',
          extensions: { code: 'SERVICE_UNAVAILABLE', ...(requestId ? { requestId } : {}) },
        },
      ],
    });
}

/** The requests being served, so a stop can let them finish (and refuse new ones) before the process exits. */
export class InFlight {
  private readonly open = new Set<Response>();
  private draining = false;
  private onIdle: (() => void) | null = null;

  get isDraining(): boolean {
    return this.draining;
  }

  get size(): number {
    return this.open.size;
  }

  middleware(): RequestHandler {
    return (_req, res, next) => {
      // A keep-alive connection may bring a request after the stop began: it is refused, not started.
      if (this.draining) return unavailable(res);
      this.open.add(res);
      res.once('close', () => {
        this.open.delete(res);
        if (this.open.size === 0) this.onIdle?.();
      });
      next();
    };
  }

  /**
   * Refuses new requests from now on and waits until those in flight have been answered, or `graceMs` passed;
   * then answers 503 to any whose answer has not started (the caller closes the connections).
   */
  async drain(graceMs: number): Promise<void> {
    this.draining = true;
    if (this.open.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => (this.onIdle = resolve)),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
      ]);
      clearTimeout(timer);
    }
    for (const res of this.open) if (!res.headersSent) unavailable(res);
  }
}
