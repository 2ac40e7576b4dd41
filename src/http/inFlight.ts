import type { RequestHandler, Response } from 'express';
import { scopeOf } from './requestScope.js';

/** How long a client cut at the end of the grace period has to read its 503 before its connection is closed. */
const ANSWER_READ_MS = 1_000;

function unavailable(res: Response): void {
  const requestId = scopeOf(res)?.requestId;
  const body = JSON.stringify({
    errors: [
      {
        message: 'The registry is shutting down; retry shortly (another replica, or this one once restarted).',
        extensions: { code: 'SERVICE_UNAVAILABLE', ...(requestId ? { requestId } : {}) },
      },
    ],
  });
  // Node's own writeHead/end, not Express's send: graphql-upload holds send back until the request body has
  // arrived, and an upload cut at the end of the grace period never finishes arriving.
  res.writeHead(503, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
    'Retry-After': '5',
  });
  res.end(body);
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
    const cut = [...this.open].filter((res) => !res.headersSent);
    for (const res of cut) unavailable(res);
    // The caller destroys the connections next: a socket destroyed with its request still arriving answers with a
    // reset, which can overtake the 503. Give the clients a moment to read it and close (Connection: close).
    if (cut.length > 0) {
      let timer: NodeJS.Timeout | undefined;
      const sockets = cut.map((res) => res.socket).filter((s) => s && !s.destroyed);
      await Promise.race([
        Promise.all(sockets.map((s) => new Promise((resolve) => s!.once('close', resolve)))),
        new Promise((resolve) => (timer = setTimeout(resolve, ANSWER_READ_MS))),
      ]);
      clearTimeout(timer);
    }
  }
}
