import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * Structured JSON lines on stdout (or `destination`: tests read the lines); one logger per process, children
 * per request carry the request id.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, base: { service: 'registry-bridge' }, timestamp: pino.stdTimeFunctions.isoTime };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
