import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Config } from '../config.js';
import { writerTransactionsDone } from '../db/writerTransaction.js';
import { currentRequest } from '../http/requestScope.js';
import type { GraphQLContext } from './context.js';

/** The operation's name goes into the request's scope, for its access line and metrics. */
export function operationInScope(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName }) {
          const scope = currentRequest();
          if (scope) scope.operationName = operationName ?? 'anonymous';
        },
      };
    },
  };
}

/** Every operation, introspection included, needs a valid bearer token. */
export function requireAuthentication(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          if (!contextValue.principal) {
            throw new GraphQLError('A valid bearer token is required (Authorization: Bearer <token>).', {
              extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
            });
          }
        },
      };
    },
  };
}

/**
 * SQLite: a mutation waits, before it runs, until no staging or import commit is writing on its own connection
 * (writerTransaction.ts). SQLite has one write lock per file; a mutation that asked for it meanwhile would wait
 * inside the driver, holding the service's single connection, so every other request (reads too) would stall
 * behind it, and it would fail after the busy timeout (10 s). Waiting here, only the mutation waits.
 */
export function mutationsAfterLongWriters(config: Pick<Config, 'databaseUrl' | 'dataDir'>): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === 'mutation' && !config.databaseUrl) await writerTransactionsDone(config.dataDir);
        },
      };
    },
  };
}

/**
 * Lists cost what they may return: `first` when given, otherwise an assumed ten entries. A connection's
 * `edges` were already counted by the `first` of the field that returned the connection.
 */
const listEstimator: ComplexityEstimator = ({ args, field, type, childComplexity }) => {
  if (typeof args.first === 'number') return 1 + childComplexity * Math.max(args.first, 1);
  if (field.name === 'edges') return 1 + childComplexity;
  return String(field.type).includes('[') ? 1 + childComplexity * (isIntrospection(type.name) ? INTROSPECTION_LIST : 10) : undefined;
};

/**
 * Lists of the schema's description (introspection) count as three entries: the full introspection query that
 * GraphiQL and codegen send (every option on) then costs about 2,500, well within the default limit, while
 * nesting them (`types { fields { type { fields … } } }`) still multiplies its cost with every level.
 */
const INTROSPECTION_LIST = 3;

function isIntrospection(typeName: string): boolean {
  return typeName.startsWith('__');
}

/**
 * Bounds the cost of an operation before it runs. Computed after variables are known (a validation rule
 * would not see them), so `first: $n` counts at its real value.
 */
export function queryCostLimit(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [listEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (err) {
            // It coerces the variables first: a variable of the wrong type is the caller's mistake.
            throw new GraphQLError(err instanceof GraphQLError ? err.message : 'The variables do not match the operation.', {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          if (cost > maxCost) {
            throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${maxCost}; ask for fewer objects or fields.`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
