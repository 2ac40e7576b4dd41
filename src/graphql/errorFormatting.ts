import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
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
 * Maps every error to a response with an `extensions.code`: domain errors keep their code and details,
 * GraphQL's own keep theirs, and unexpected failures are logged and reported without internals.
 */
export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isDomainError(original)) {
      return {
        ...formatted,
        message: original.message,
        extensions: { code: original.code, ...(original.details && Object.keys(original.details).length ? { details: original.details } : {}) },
      };
    }
    const code = formatted.extensions?.code;
    if (code && code !== 'INTERNAL_SERVER_ERROR') return formatted;
    logger.error({ err: original, path: formatted.path }, 'unexpected error while executing an operation');
    return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
