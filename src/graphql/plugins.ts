import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Config } from '../config.js';
import { writerTransactionsSettled } from '../db/writerTransaction.js';
import type { GraphQLContext } from './context.js';

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
          if (operation?.operation === 'mutation' && !config.databaseUrl) await writerTransactionsSettled(config.dataDir);
        },
      };
    },
  };
}

/**
 * Lists cost what they may return: `first` when given, otherwise an assumed ten entries. A connection's
 * `edges` were already counted by the `first` of the field that returned the connection.
 */
const listEstimator: ComplexityEstimator = ({ args, field, childComplexity }) => {
  if (typeof args.first === 'number') return 1 + childComplexity * Math.max(args.first, 1);
  if (field.name === 'edges') return 1 + childComplexity;
  return String(field.type).includes('[') ? 1 + childComplexity * 10 : undefined;
};

/**
 * Bounds the cost of an operation before it runs. Computed after variables are known (a validation rule
 * would not see them), so `first: $n` counts at its real value.
 */
export function queryCostLimit(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const cost = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [listEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > maxCost) {
            throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${maxCost}; ask for fewer objects or fields.`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost },
            });
          }
        },
      };
    },
  };
}
