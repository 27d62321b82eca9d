// Errors of the database as clients should see them: a time limit or an outage says so with a code; any
// other internal error stays masked ("Unexpected error."), its details in the server's log only.
import type { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { createGraphQLError, maskError as maskAnyError } from 'graphql-yoga';
import { DatabaseBusyError, type GraphTimeouts } from '../graph/driver';
import { RequestAbandonedError } from '../graph/request-signal';

const TIMED_OUT = /^Neo\.ClientError\.Transaction\.TransactionTimedOut/;
const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** The error of class `kind` behind a resolver's error, if one is. */
export function causeOf<E extends Error>(error: unknown, kind: new (...args: never[]) => E): E | null {
  for (let cause = error, depth = 0; cause && depth < 5; depth += 1) {
    if (cause instanceof kind) return cause;
    cause = (cause as { originalError?: unknown; cause?: unknown }).originalError ?? (cause as { cause?: unknown }).cause;
  }
  return null;
}

const busy = () => createGraphQLError('The database is busy with other requests; try again shortly.', { extensions: { code: 'SERVICE_BUSY', http: { status: 503, headers: { 'retry-after': '5' } } } });

export function databaseErrorMasker(timeouts: GraphTimeouts): (error: unknown, message: string, isDev?: boolean) => GraphQLError {
  return (error, message, isDev) => {
    if (causeOf(error, DatabaseBusyError)) return busy();
    const abandoned = causeOf(error, RequestAbandonedError);
    if (abandoned) return createGraphQLError(abandoned.message, { extensions: { code: 'REQUEST_ABANDONED', http: { status: 499 } } });
    const cause = causeOf(error, Neo4jError);
    if (cause && TIMED_OUT.test(cause.code)) {
      const limits = `reads ${timeouts.readMs.toLocaleString('en')} ms, writes ${timeouts.writeMs.toLocaleString('en')} ms`;
      return createGraphQLError(`The database took longer than this server allows (${limits}: NEO4J_READ_TIMEOUT_MS, NEO4J_WRITE_TIMEOUT_MS); ask for less.`, {
        extensions: { code: 'QUERY_TIMEOUT', http: { status: 504 } },
      });
    }
    if (cause && /acquisition timed out/i.test(cause.message)) return busy();
    if (cause && (UNAVAILABLE.has(cause.code) || /ECONNREFUSED|connection.*(?:closed|lost)/i.test(cause.message))) {
      return createGraphQLError('The database is not reachable; the server is waiting for it to come back.', { extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503, headers: { 'retry-after': '10' } } } });
    }
    return maskAnyError(error, message, isDev) as GraphQLError;
  };
}
