import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../logger.js';
import { scopeOf } from './requestScope.js';

interface Refusal {
  status: number;
  code: string;
  message: string;
}

/** body-parser's failures, by its `type`, answered in our words (its own name the parser's internals). */
const BODY_REFUSALS: Record<string, (limit: unknown) => Omit<Refusal, 'status'> & { status: number }> = {
  'entity.parse.failed': () => ({ status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' }),
  'entity.too.large': (limit) => ({
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: `The request body exceeds the limit of ${limit} bytes; upload archives as a multipart request.`,
  }),
  'encoding.unsupported': () => ({ status: 415, code: 'BAD_REQUEST', message: 'The request body has an unsupported content encoding.' }),
  'charset.unsupported': () => ({ status: 415, code: 'BAD_REQUEST', message: 'The request body has an unsupported charset; send UTF-8.' }),
  'request.aborted': () => ({ status: 400, code: 'BAD_REQUEST', message: 'The request ended before its body did.' }),
  'request.size.invalid': () => ({ status: 400, code: 'BAD_REQUEST', message: 'The request body is shorter or longer than its Content-Length.' }),
};

function refusalOf(err: unknown): Refusal | null {
  const e = (err ?? {}) as { type?: unknown; status?: unknown; statusCode?: unknown; expose?: unknown; limit?: unknown; message?: unknown };
  if (typeof e.type === 'string' && BODY_REFUSALS[e.type]) return BODY_REFUSALS[e.type]!(e.limit);
  const status = typeof e.status === 'number' ? e.status : e.statusCode;
  // graphql-upload's http-errors (a malformed multipart request, too many or too large files): written for clients.
  if (typeof status === 'number' && status >= 400 && status < 500 && e.expose === true && typeof e.message === 'string') {
    return { status, code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST', message: e.message };
  }
  return null;
}

/**
 * The last error middleware: what the HTTP layer refuses before GraphQL sees the request (malformed JSON, a body
 * over the limit, a bad multipart request) is answered as GraphQL would, JSON with `errors[].extensions.code`,
 * and never with Express's page (its stack, this server's file paths). Anything else is a server fault: logged
 * under an error id, answered with that id.
 */
export function jsonErrorAnswers(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const requestId = scopeOf(res)?.requestId;
    if (res.headersSent) {
      logger.warn({ err, requestId }, 'error after the answer started; connection closed');
      req.socket.destroy();
      return;
    }
    const refusal = refusalOf(err);
    const errorId = refusal ? undefined : randomUUID();
    if (!refusal) logger.error({ err, errorId, requestId, path: req.originalUrl.split('?')[0] }, 'unexpected error while serving a request');
    const { status, code, message } = refusal ?? {
      status: 500,
      code: 'INTERNAL_SERVER_ERROR',
      message: `Internal server error (error id ${errorId}; the server log has the details).`,
    };
    const scope = scopeOf(res);
    if (scope) (scope.errorCodes ??= []).push(code);
    res.status(status).json({ errors: [{ message, extensions: { code, ...(requestId ? { requestId } : {}), ...(errorId ? { errorId } : {}) } }] });
  };
}
