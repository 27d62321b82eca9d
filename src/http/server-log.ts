// The server's log: yoga's, except that a request its client abandoned is not an error of the server (the
// client went away; its queries were stopped on purpose), so it is logged at debug level, without a stack.
import { createLogger, type YogaLogger } from 'graphql-yoga';
import { RequestAbandonedError } from '../graph/request-signal';
import { causeOf } from './database-errors';

export function serverLogger(base: YogaLogger = createLogger()): YogaLogger {
  return {
    ...base,
    error: (...args: unknown[]) => {
      if (args.some((arg) => causeOf(arg, RequestAbandonedError))) base.debug('Request abandoned by its client; its queries were stopped.');
      else base.error(...args);
    },
  };
}
