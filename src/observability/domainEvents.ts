import { currentRequest } from '../http/requestScope.js';
import type { Logger } from '../logger.js';

/**
 * What changed in a registry, as one structured log line each (`"event": "<name>"`), for audit and alerting.
 * docs/operations.md lists the events and their fields.
 */
export type DomainEvent =
  | 'archive.staged'
  | 'import.committed'
  | 'import.failed'
  | 'archive.exported'
  | 'package.promoted'
  | 'registry.synchronized'
  | 'keystore.changed'
  | 'trust.changed'
  | 'roles.changed'
  | 'grants.changed';

/**
 * Logs a domain event at info level with the request it happened in (id and user), when there is one: a commit
 * that outlived its request (`wait: false`) names its import instead. Fields are plain JSON; never secrets.
 */
export function logDomainEvent(logger: Logger, event: DomainEvent, fields: Record<string, unknown> = {}): void {
  const scope = currentRequest();
  logger.info({ event, ...(scope ? { requestId: scope.requestId, user: scope.user } : {}), ...fields }, event);
}
