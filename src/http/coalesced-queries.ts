// Identical questions asked at the same moment are answered once: the first runs, the others wait for its
// answer. With a cold cache under load, a hundred clients asking the same thing then cost one query, not a
// hundred. (Answers hold no per-user data, as for the response cache.)
import { getOperationAST, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

// A follower whose leader has not answered by then (it failed outright) runs the question itself.
const WAIT_AT_MOST_MS = 30_000;

export function useCoalescedQueries(): Plugin {
  const inFlight = new Map<string, Promise<ExecutionResult>>();
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'query') return;
      const { query } = (args.contextValue as { params?: { query?: string } }).params ?? {};
      if (!query) return;
      const key = JSON.stringify([query, args.operationName ?? null, args.variableValues ?? {}]);
      const leader = inFlight.get(key);
      if (leader) {
        let timer: NodeJS.Timeout | undefined;
        const gaveUp = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), WAIT_AT_MOST_MS)));
        const answer = await Promise.race([leader, gaveUp]);
        clearTimeout(timer);
        if (answer) setResultAndStopExecution(answer);
        return;
      }
      let share!: (result: ExecutionResult) => void;
      const answer = new Promise<ExecutionResult>((resolve) => (share = resolve));
      inFlight.set(key, answer);
      // Only this leader's own entry goes: after a long wait another may lead the same question.
      const forget = () => inFlight.get(key) === answer && inFlight.delete(key);
      const timer = setTimeout(forget, WAIT_AT_MOST_MS);
      return {
        onExecuteDone({ result }) {
          clearTimeout(timer);
          forget();
          share(result as ExecutionResult);
        },
      };
    },
  };
}
