import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
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
import { Loaders } from '../graphql/loaders.js';
import { mutationsAfterLongWriters, queryCostLimit, requireAuthentication } from '../graphql/plugins.js';
import { buildRegistrySchema } from '../schema/buildRegistrySchema.js';
import { mountConsole } from './consoleRoutes.js';
import { mountRoutes } from './routes.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Builds the express app (GraphQL, uploads, health, downloads) and listens on the configured port. */
export async function startHttpServer(app: AppServices, listen: { port: number; host: string }): Promise<RunningServer> {
  const expressApp = express();
  expressApp.disable('x-powered-by');
  const httpServer = http.createServer(expressApp);
  const schema = await buildRegistrySchema();
  const armor = new ApolloArmor({
    maxDepth: { n: app.config.maxQueryDepth },
    maxAliases: { n: 30 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 10_000 },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    validationRules: protection.validationRules,
    plugins: [
      // graphql-armor is typed against the CommonJS build of @apollo/server; the plugins are the same at run time.
      ...(protection.plugins as unknown as ApolloServerPlugin<GraphQLContext>[]),
      requireAuthentication(),
      queryCostLimit(schema, app.config.maxQueryCost),
      mutationsAfterLongWriters(app.config),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Its landing page loads Apollo Sandbox from a CDN: blank offline. The console serves an IDE at /graphiql.
      ApolloServerPluginLandingPageDisabled(),
    ],
    formatError: formatError(app.logger),
  });
  await apollo.start();

  expressApp.use(accessLog(app));
  mountRoutes(expressApp, app);
  mountConsole(expressApp);
  expressApp.use(
    '/graphql',
    graphqlUploadExpress({ maxFileSize: app.config.limits.maxUploadBytes, maxFiles: 1 }),
    express.json({ limit: '4mb' }),
    expressMiddleware(apollo, { context: async ({ req }) => requestContext(app, req.headers.authorization) }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(listen.port, listen.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    close: async () => {
      await apollo.stop();
      httpServer.closeAllConnections?.();
    },
  };
}

/** One JSON line per HTTP request: method, path, status and duration. */
function accessLog(app: AppServices): express.RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      app.logger.info({ method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'http request');
    });
    next();
  };
}

async function requestContext(app: AppServices, authorization: string | undefined): Promise<GraphQLContext> {
  const em = app.orm.em.fork() as SqlEntityManager;
  const token = bearerToken(authorization);
  const principal = token ? await loadPrincipal(em, token) : null;
  const requestId = randomUUID();
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
