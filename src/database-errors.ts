import { GraphQLError } from 'graphql';
import { maskError, type MaskError } from 'graphql-yoga';
import { isRetryableError, Neo4jError } from 'neo4j-driver';
import { ArgumentError, ChangedWhileReadError } from './model/arguments.js';
import { DatabaseUnavailableError } from './neo4j/availability.js';

/**
 * Errors clients see when something inside fails. Internal errors stay masked ("Unexpected error.",
 * details in the log); an unreachable or overloaded Neo4j is told as it is, with a code a client can
 * act on, because "try again shortly" is the useful answer then; an argument out of its rules, raised
 * below the schema layer, as BAD_USER_INPUT naming it.
 */
export const maskInternalErrors: MaskError = (error, message, isDev) => {
  const cause = error instanceof GraphQLError ? error.originalError : error;
  const unreachable = cause instanceof Neo4jError && (isRetryableError(cause) || cause.code === 'ServiceUnavailable' || cause.code === 'SessionExpired');
  if (unreachable || cause instanceof DatabaseUnavailableError) {
    return new GraphQLError('The database is not reachable right now; try again shortly.', {
      nodes: error instanceof GraphQLError ? error.nodes : undefined,
      path: error instanceof GraphQLError ? error.path : undefined,
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
  }
  // The located error already carries the argument's code and name; returned as it is, Yoga does not
  // log it as an internal failure (any client could fill the log with `first: 1000`).
  if (cause instanceof ArgumentError || cause instanceof ChangedWhileReadError) return error instanceof GraphQLError ? error : new GraphQLError(cause.message, { extensions: cause.extensions });
  return maskError(error, message, isDev);
};
