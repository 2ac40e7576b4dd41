import { pino, type Logger } from 'pino';

/** Structured JSON lines on stdout; one logger per process, children per request carry the request id. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'registry-bridge' }, timestamp: pino.stdTimeFunctions.isoTime });
}

export type { Logger };
