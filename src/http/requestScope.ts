import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

/** What is known about the HTTP request being served, from anywhere in the code that serves it. */
export interface RequestScope {
  requestId: string;
  /** The caller's user UUID, once its token was checked. */
  user?: string;
  /** The GraphQL operation's name, once Apollo resolved it (or `anonymous` for an unnamed one). */
  operationName?: string;
  /** The GraphQL error codes answered, in order (the access line's outcome). */
  errorCodes?: string[];
}

const storage = new AsyncLocalStorage<RequestScope>();

/** The request being served, or undefined outside a request (start, sweepers, a commit that outlived its request). */
export function currentRequest(): RequestScope | undefined {
  return storage.getStore();
}

/** An id the caller chose is kept when it is short and plain, so a proxy's id follows the request through our logs. */
const CALLER_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * Gives every request an id (the caller's `X-Request-Id` when sane, else a new UUID), answers it in the same
 * header, and runs the rest of the request inside its scope.
 */
export function requestScope(): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get(REQUEST_ID_HEADER);
    const requestId = incoming && CALLER_ID.test(incoming) ? incoming : randomUUID();
    res.set(REQUEST_ID_HEADER, requestId);
    res.locals.requestScope = { requestId } satisfies RequestScope;
    storage.run(res.locals.requestScope as RequestScope, next);
  };
}

/** The scope of an express response (for code that runs after the async context was lost, e.g. 'finish'). */
export function scopeOf(res: { locals: Record<string, unknown> }): RequestScope | undefined {
  return res.locals.requestScope as RequestScope | undefined;
}
