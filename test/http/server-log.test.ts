import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { RequestAbandonedError } from '../../src/graph/request-signal';
import { serverLogger } from '../../src/http/server-log';

function recordingLogger() {
  const calls: { level: string; args: unknown[] }[] = [];
  const at = (level: string) => (...args: unknown[]) => void calls.push({ level, args });
  return { calls, logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') } };
}

describe('serverLogger', () => {
  it('logs a request its client abandoned at debug level, without the error', () => {
    const { calls, logger } = recordingLogger();
    // As yoga hands it over: the resolver's error located in a GraphQLError.
    serverLogger(logger).error(new GraphQLError('stopped', { originalError: new RequestAbandonedError() }));
    expect(calls).toEqual([{ level: 'debug', args: [expect.stringMatching(/abandoned/)] }]);
  });

  it('logs every other error as an error, as it came', () => {
    const { calls, logger } = recordingLogger();
    const failure = new GraphQLError('boom', { originalError: new Error('driver said no') });
    serverLogger(logger).error(failure);
    serverLogger(logger).info('started');
    expect(calls).toEqual([
      { level: 'error', args: [failure] },
      { level: 'info', args: ['started'] },
    ]);
  });
});
