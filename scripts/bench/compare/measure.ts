// One measurement of one server on one question: latency and throughput at one client (requests one after
// another) or many (autocannon). Any failed request ends the bench: figures of a server that errs mean nothing.
import autocannon from 'autocannon';
import type { GraphQLRequest } from './questions';

export interface Figures {
  p50: number;
  p99: number;
  requestsPerSecond: number;
}

const HEADERS = { 'content-type': 'application/json' };

export class ServerError extends Error {}

/** POSTs a question; returns the answer's `data`, or throws with the server's errors. */
export async function ask(url: string, request: GraphQLRequest): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: HEADERS, body: JSON.stringify(request) });
  const answer = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (!response.ok || answer.errors || answer.data === undefined) throw new ServerError(`${url} answered ${response.status}: ${JSON.stringify(answer.errors ?? answer).slice(0, 2000)}`);
  return answer.data;
}

const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** One client: each request waits for the previous answer, for `seconds`. */
async function oneClient(url: string, body: string, seconds: number): Promise<Figures> {
  const times: number[] = [];
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    const sent = performance.now();
    const response = await fetch(url, { method: 'POST', headers: HEADERS, body });
    const text = await response.text();
    // A GraphQL error still answers 200; the checked answers had none, so any now is a failure (inside a
    // string value the quotes would be escaped).
    if (!response.ok || text.includes('"errors":[')) throw new ServerError(`${url} answered ${response.status}: ${text.slice(0, 2000)}`);
    times.push(performance.now() - sent);
  }
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), requestsPerSecond: times.length / elapsed };
}

async function load(url: string, body: string, connections: number, seconds: number): Promise<autocannon.Result> {
  // A request may take long on the large graph when 32 wait on two cores: a timeout (10 s by default) would end the bench.
  const result = await autocannon({ url, method: 'POST', headers: HEADERS, body, connections, duration: seconds, workers: 1, timeout: 60 });
  if (result.non2xx || result.errors || result.timeouts) throw new ServerError(`${url} under load: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts`);
  return result;
}

/** Many clients at once (autocannon in a worker thread), after `warmupSeconds` of unmeasured load. */
async function manyClients(url: string, body: string, connections: number, seconds: number, warmupSeconds: number): Promise<Figures> {
  if (warmupSeconds > 0) await load(url, body, connections, warmupSeconds);
  const result = await load(url, body, connections, seconds);
  // Requests still in flight when the load stops finish before the next measurement starts.
  await new Promise((resolve) => setTimeout(resolve, 250));
  // Answers over the run's length: the average of autocannon's one-second buckets is off for short runs.
  return { p50: result.latency.p50, p99: result.latency.p99, requestsPerSecond: result.requests.total / result.duration };
}

export function measure(url: string, request: GraphQLRequest, clients: number, seconds: number, warmupSeconds: number): Promise<Figures> {
  const body = JSON.stringify(request);
  return clients === 1 ? oneClient(url, body, seconds) : manyClients(url, body, clients, seconds, warmupSeconds);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Medians over rounds, each figure on its own. */
export const medianFigures = (rounds: Figures[]): Figures => ({
  p50: median(rounds.map((f) => f.p50)),
  p99: median(rounds.map((f) => f.p99)),
  requestsPerSecond: median(rounds.map((f) => f.requestsPerSecond)),
});
