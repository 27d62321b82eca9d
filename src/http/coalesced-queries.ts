// Identical questions asked at the same moment are answered once: the first runs, the others wait for its
// answer. With a cold cache under load, a hundred clients asking the same thing then cost one query, not a
// hundred. (Answers hold no per-user data, as for the response cache.)
import { getOperationAST, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

// A follower whose leader has not answered by then (it failed outright) runs the question itself.
const WAIT_AT_MOST_MS = 30_000;

export function useCoalescedQueries(): Plugin {
  // Per question in flight, its answer to come (null: no answer to share, each runs it itself).
  const inFlight = new Map<string, Promise<ExecutionResult | null>>();
  // The leaders' requests, and how each hands its answer on.
  const leaders = new WeakMap<Request, (answer: ExecutionResult | null) => void>();
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'query') return;
      const { request, params } = args.contextValue as { request: Request; params?: { query?: string } };
      if (!params?.query) return;
      const key = JSON.stringify([params.query, args.operationName ?? null, args.variableValues ?? {}]);
      const leader = inFlight.get(key);
      if (leader) {
        let timer: NodeJS.Timeout | undefined;
        const gaveUp = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), WAIT_AT_MOST_MS)));
        const answer = await Promise.race([leader, gaveUp]);
        clearTimeout(timer);
        if (answer) setResultAndStopExecution(answer);
        return;
      }
      let share!: (answer: ExecutionResult | null) => void;
      const answer = new Promise<ExecutionResult | null>((resolve) => (share = resolve));
      inFlight.set(key, answer);
      const finish = (result: ExecutionResult | null) => {
        clearTimeout(timer);
        // Only this leader's own entry goes: after a long wait another may lead the same question.
        if (inFlight.get(key) === answer) inFlight.delete(key);
        share(result);
      };
      const timer = setTimeout(() => finish(null), WAIT_AT_MOST_MS);
      leaders.set(request, finish);
    },
    // The answer as the request gets it, after every plugin (the response cache too) has done with it.
    onExecutionResult({ request, result }) {
      const finish = leaders.get(request);
      if (!finish) return;
      leaders.delete(request);
      finish(result && !(Symbol.asyncIterator in result) ? result : null);
    },
  };
}
