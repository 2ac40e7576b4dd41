import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { GraphQLContext } from './context.js';

/**
 * The HTTP status of an answer that failed as a whole, by the `extensions.code` of its error. Codes not named
 * here are the domain's refusals of a request (a bad archive, a wrong password, a policy veto): 400 unless listed.
 * docs/security.md ("HTTP error answers") lists them.
 */
const STATUS_OF: Record<string, number> = {
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  QUERY_TOO_COMPLEX: 400,
  OPERATION_RESOLUTION_FAILURE: 400,
  PERSISTED_QUERY_NOT_SUPPORTED: 400,
  PERSISTED_QUERY_NOT_FOUND: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  OBJECT_CHANGED: 409,
  IMPORT_ALREADY_COMMITTED: 409,
  PLAN_STALE: 409,
  SYNC_COMPARISON_STALE: 409,
  PROMOTION_APPROVAL_REQUIRED: 409,
  IMPORT_INTERRUPTED: 409,
  STAGED_IMPORT_EXPIRED: 410,
  PAYLOAD_TOO_LARGE: 413,
  ARCHIVE_LIMIT_EXCEEDED: 413,
  VALIDATION_FAILED: 422,
  POLICY_VETO: 422,
  POLICY_CONDITION_TOO_COMPLEX: 422,
  STORED_POLICY_TOO_COMPLEX: 422,
  NOT_EDITABLE: 422,
  NOT_REPACKAGEABLE: 422,
  INVALID_TRANSITION: 422,
  IMPORT_BLOCKED: 422,
  UNTRUSTED_SIGNER: 422,
  UNSIGNED_ARCHIVE_REFUSED: 422,
  SIGNER_CERTIFICATE_EXPIRED: 422,
  SIGNER_CERTIFICATE_NOT_YET_VALID: 422,
  SERVICE_UNAVAILABLE: 503,
  STAGING_BUSY: 503,
  INTERNAL_SERVER_ERROR: 500,
};

export function httpStatusOfCode(code: unknown): number {
  return typeof code === 'string' ? (STATUS_OF[code] ?? 400) : 500;
}

/** The status of an answer holding these errors and no data: a server fault wins over the caller's mistakes. */
export function httpStatusOfErrors(errors: readonly GraphQLFormattedError[]): number {
  const statuses = errors.map((e) => httpStatusOfCode(e.extensions?.code));
  return statuses.find((s) => s >= 500) ?? statuses[0] ?? 500;
}

/**
 * Answers an operation that failed as a whole (no data) with the status its error code calls for, instead of
 * Apollo's 200 (execution errors) or 500 (errors thrown by plugins). A partial result (data beside field
 * errors) stays 200, as GraphQL over HTTP asks.
 */
export function httpStatusFromErrors(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.length || (data !== null && data !== undefined)) return;
          if (response.http.status === 405) return; // a mutation sent with GET: Apollo names the allowed method
          response.http.status = httpStatusOfErrors(errors);
        },
      };
    },
  };
}
