// `/ready`: whether the server can answer, that is whether Neo4j answers (503 when not). `/health` (yoga's)
// says only that the process lives.
import type { Plugin } from 'graphql-yoga';
import type { Graph } from '../graph/driver';

const READY_CHECK = 'RETURN 1 AS ok';
const CHECK_TIMEOUT_MS = 2_000;

async function databaseAnswers(graph: Graph): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((resolve) => (timer = setTimeout(() => resolve(`no answer within ${CHECK_TIMEOUT_MS} ms`), CHECK_TIMEOUT_MS)));
  try {
    return await Promise.race([graph.read(READY_CHECK).then(() => null), late]);
  } catch (error) {
    return (error as Error).message.split('\n')[0]!;
  } finally {
    clearTimeout(timer);
  }
}

export function useReadiness(graph: Graph): Plugin {
  return {
    async onRequest({ url, endResponse }) {
      if (url.pathname !== '/ready') return;
      const problem = await databaseAnswers(graph);
      endResponse(
        new Response(JSON.stringify(problem ? { status: 'unavailable', database: problem } : { status: 'ready' }), {
          status: problem ? 503 : 200,
          headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
        }),
      );
    },
  };
}
