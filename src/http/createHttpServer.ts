import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import type { SqlEntityManager } from '@mikro-orm/knex';
import graphqlUploadExpress from 'graphql-upload/graphqlUploadExpress.mjs';
import type { AppServices } from '../app/appServices.js';
import { AccessControl } from '../auth/accessControl.js';
import { loadPrincipal } from '../auth/principal.js';
import { bearerToken } from '../auth/tokens.js';
import type { GraphQLContext } from '../graphql/context.js';
import { formatError } from '../graphql/errorFormatting.js';
import { httpStatusFromErrors } from '../graphql/errorStatus.js';
import { Loaders } from '../graphql/loaders.js';
import { mutationsAfterLongWriters, operationInScope, queryCostLimit, requireAuthentication } from '../graphql/plugins.js';
import { servedSchema } from '../schema/buildRegistrySchema.js';
import { mountConsole } from './consoleRoutes.js';
import { jsonErrorAnswers } from './errorAnswers.js';
import { InFlight } from './inFlight.js';
import { currentRequest, requestScope, scopeOf } from './requestScope.js';
import { mountRoutes } from './routes.js';

export interface RunningServer {
  url: string;
  port: number;
  /**
   * Stops taking requests and lets those in flight finish within `graceMs`; any still running then is answered
   * 503 (when its answer has not started) and its connection closed.
   */
  close(graceMs?: number): Promise<void>;
}

/** The largest JSON body: GraphQL documents and variables; archives come as multipart uploads. */
const JSON_BODY_LIMIT = 4 * 1024 * 1024;
/** Tokens of one GraphQL document: the full introspection query GraphiQL and codegen send has about 900. */
const MAX_TOKENS = 10_000;

/** Builds the express app (GraphQL, uploads, health, metrics, downloads) and listens on the configured port. */
export async function startHttpServer(app: AppServices, listen: { port: number; host: string }): Promise<RunningServer> {
  const expressApp = express();
  expressApp.disable('x-powered-by');
  // Express's own error page names this server's files; NODE_ENV=production semantics whatever the environment.
  expressApp.set('env', 'production');
  const httpServer = http.createServer(expressApp);
  const inFlight = new InFlight();
  app.metrics.inFlightRequests = () => inFlight.size;
  const schema = await servedSchema();
  const armor = new ApolloArmor({
    maxDepth: { n: app.config.maxQueryDepth },
    maxAliases: { n: 30 },
    maxDirectives: { n: 20 },
    // Counted by graphql's parser instead (parseOptions below): armor's counts in a plugin, where a syntax error
    // becomes a 500.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // Its own SIGTERM handler would stop Apollo and re-kill the process (exit 143) while main.ts drains.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: protection.validationRules,
    plugins: [
      // graphql-armor is typed against the CommonJS build of @apollo/server; the plugins are the same at run time.
      ...(protection.plugins as unknown as ApolloServerPlugin<GraphQLContext>[]),
      operationInScope(),
      requireAuthentication(),
      queryCostLimit(schema, app.config.maxQueryCost),
      mutationsAfterLongWriters(app.config),
      httpStatusFromErrors(),
      // Its landing page loads Apollo Sandbox from a CDN: blank offline. The console serves an IDE at /graphiql.
      ApolloServerPluginLandingPageDisabled(),
      // No field has a cache hint and answers are never cached by HTTP caches; installed by default, its
      // willResolveField hook wrapped every field of every answer (thousands on an explorer page) for nothing.
      ApolloServerPluginCacheControlDisabled(),
    ],
    formatError: formatError(app.logger),
  });
  await apollo.start();

  expressApp.use(requestScope());
  expressApp.use(inFlight.middleware());
  expressApp.use(accessLog(app));
  mountRoutes(expressApp, app, inFlight);
  mountConsole(expressApp);
  expressApp.use(
    '/graphql',
    graphqlUploadExpress({ maxFileSize: app.config.limits.maxUploadBytes, maxFiles: 1 }),
    express.json({ limit: JSON_BODY_LIMIT }),
    expressMiddleware(apollo, { context: async ({ req }) => requestContext(app, req.headers.authorization) }),
  );
  expressApp.use(jsonErrorAnswers(app.logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(listen.port, listen.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    close: async (graceMs = 0) => {
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await inFlight.drain(graceMs);
      httpServer.closeAllConnections();
      await closed;
      await apollo.stop();
    },
  };
}

/**
 * One line per HTTP request when its answer is sent: request id, method, path, GraphQL operation, user, status,
 * outcome (ok, or the error codes answered) and duration; and the request's duration in the metrics.
 */
function accessLog(app: AppServices): express.RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const scope = scopeOf(res);
      const path = req.originalUrl.split('?')[0];
      const outcome = scope?.errorCodes?.length ? [...new Set(scope.errorCodes)].join(',') : res.statusCode < 400 ? 'ok' : `http ${res.statusCode}`;
      app.logger.info(
        {
          requestId: scope?.requestId,
          method: req.method,
          path,
          operation: scope?.operationName,
          user: scope?.user,
          status: res.statusCode,
          outcome,
          ms: Math.round(seconds * 10_000) / 10,
        },
        'http request',
      );
      app.metrics.requestDuration.observe({ operation: scope?.operationName ?? routeOf(path), status: String(res.statusCode) }, seconds);
    });
    next();
  };
}

/** A label for requests that are not GraphQL operations: the route, without ids (labels stay few). */
function routeOf(path: string): string {
  if (path.startsWith('/archives/')) return 'GET /archives/:id';
  if (['/graphql', '/healthz', '/livez', '/readyz', '/metrics', '/graphiql'].includes(path)) return path;
  return path.startsWith('/graphiql/') || path.startsWith('/assets/') ? 'static' : 'console';
}

async function requestContext(app: AppServices, authorization: string | undefined): Promise<GraphQLContext> {
  const em = app.orm.em.fork() as SqlEntityManager;
  const token = bearerToken(authorization);
  const principal = token ? await loadPrincipal(em, token) : null;
  const scope = currentRequest();
  if (scope && principal) scope.user = principal.uuid;
  const requestId = scope?.requestId ?? 'none';
  return {
    requestId,
    em,
    principal,
    access: principal ? new AccessControl(em, principal) : null,
    loaders: new Loaders(em),
    app,
    logger: app.logger.child({ requestId, user: principal?.uuid }),
  };
}
