// Each request's work runs on behalf of its signal (graph/request-signal.ts), which aborts when the client
// goes away: its database reads then stop instead of running on for no one.
import type { Plugin } from 'graphql-yoga';
import { onBehalfOf } from '../graph/request-signal';

export function useStopAbandonedRequests(): Plugin {
  return {
    instrumentation: {
      request: ({ request }, wrapped) => onBehalfOf(request.signal, wrapped),
    },
  };
}
