import { randomUUID } from 'node:crypto';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { currentRequest } from '../http/requestScope.js';
import type { Logger } from '../logger.js';

/** Our domain error classes all carry a stable `code`; anything else reaching a client is a server fault. */
const DOMAIN_ERRORS = new Set(['RegistryError', 'ArchiveError', 'CryptoError']);

interface CodedError {
  name: string;
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

function isDomainError(e: unknown): e is CodedError {
  return e instanceof Error && DOMAIN_ERRORS.has(e.constructor.name) && typeof (e as { code?: unknown }).code === 'string';
}

/**
 * A client's mistake reported by the HTTP layer as an http-errors error (graphql-upload: a file part missing,
 * a malformed multipart map, a file over the limit). Their messages are written for clients (`expose`).
 */
function clientHttpError(e: unknown): { status: number; message: string } | null {
  const { status, expose } = (e ?? {}) as { status?: unknown; expose?: unknown };
  if (!(e instanceof Error) || typeof status !== 'number' || status < 400 || status >= 500 || expose !== true) return null;
  return { status, message: e.message };
}

/** graphql-js suggests names ("Did you mean …?"): a map of the schema for whoever probes it, so only for callers with a token. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Maps every error to a response with an `extensions.code` and the request's id: domain errors keep their
 * code and details, GraphQL's own keep theirs, and unexpected failures are logged under an error id and
 * reported with that id only (no message, stack or path of the server).
 */
export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const scope = currentRequest();
    const answer = toAnswer(formatted, unwrapResolverError(error), logger, scope?.requestId);
    const code = String(answer.extensions?.code);
    if (scope) (scope.errorCodes ??= []).push(code);
    const message = scope && !scope.user ? answer.message.replace(SUGGESTION, '') : answer.message;
    return { ...answer, message, extensions: { ...answer.extensions, ...(scope ? { requestId: scope.requestId } : {}) } };
  };
}

function toAnswer(formatted: GraphQLFormattedError, original: unknown, logger: Logger, requestId: string | undefined): GraphQLFormattedError {
  const where = { path: formatted.path, locations: formatted.locations };
  if (isDomainError(original)) {
    const details = original.details && Object.keys(original.details).length ? { details: original.details } : {};
    return { ...where, message: original.message, extensions: { code: original.code, ...details } };
  }
  const http = clientHttpError(original);
  if (http) return { ...where, message: http.message, extensions: { code: http.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' } };
  const code = formatted.extensions?.code;
  if (code && code !== 'INTERNAL_SERVER_ERROR') {
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const errorId = randomUUID();
  logger.error({ err: original, errorId, requestId, path: formatted.path }, 'unexpected error while executing an operation');
  return {
    ...where,
    message: `Internal server error (error id ${errorId}; the server log has the details).`,
    extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
  };
}
